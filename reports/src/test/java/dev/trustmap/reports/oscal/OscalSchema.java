package dev.trustmap.reports.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * NIST's JSON schema for OSCAL 1.1.2 assessment results, as shipped in liboscal-java, with format assertions on
 * (draft-07 leaves {@code format} an annotation unless asked) and patterns matched by java.util.regex, which knows
 * the schema's {@code \p{L}} classes.
 */
final class OscalSchema {

    static final String RESOURCE = "/schema/json/oscal-ar_schema.json";
    private static final JsonSchema SCHEMA = load();

    private OscalSchema() {
    }

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(JDKRegularExpressionFactory.getInstance())
                .build();
        try (InputStream in = OscalSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (liboscal-java)");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, as "pointer: message", sorted. */
    static List<String> violations(JsonNode document) {
        return SCHEMA.validate(document).stream()
                .map(ValidationMessage::toString)
                .sorted()
                .toList();
    }
}
