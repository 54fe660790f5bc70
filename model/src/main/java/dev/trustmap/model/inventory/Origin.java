package dev.trustmap.model.inventory;

/**
 * Where a fact was read: the input file as the user named it, and a location inside it ({@code line 12},
 * {@code /value/3/passwordCredentials/0}, {@code Identities!B7}).
 */
public record Origin(String file, String location) {

    @Override
    public String toString() {
        return location == null || location.isEmpty() ? file : file + " " + location;
    }
}
