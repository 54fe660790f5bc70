package dev.trustmap.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BroadScopesTest {

    @Test
    void readWriteAllOfAnyKindIsBroadWhateverTheCase() {
        assertThat(BroadScopes.broad("Directory.ReadWrite.All")).isTrue();
        assertThat(BroadScopes.broad("Files.ReadWrite.All")).isTrue();
        assertThat(BroadScopes.broad("sites.readwrite.all")).isTrue();
        assertThat(BroadScopes.broad(" Mail.ReadWrite ")).isTrue();
        assertThat(BroadScopes.broad("Directory.AccessAsUser.All")).isTrue();
    }

    @Test
    void readingEverythingOrWritingOnlyOnesOwnIsNotBroad() {
        assertThat(BroadScopes.broad("User.Read.All")).isFalse();
        assertThat(BroadScopes.broad("Files.ReadWrite")).as("the signed-in user's own files").isFalse();
        assertThat(BroadScopes.broad("Mail.Read")).isFalse();
        assertThat(BroadScopes.broad("offline_access")).isFalse();
        assertThat(BroadScopes.broad("")).isFalse();
        assertThat(BroadScopes.broad(null)).isFalse();
    }
}
