package dev.trustmap.evidence.azure;

/**
 * The second names under which other formats refer to an Entra identity that trustmap knows by its appId: the object
 * id of its service principal (delegated-permission grants) or of its application (Prowler's findings on app
 * registrations). The applications importer gives each as an alias, so records sent under one join the appId.
 */
public final class EntraAliases {

    private EntraAliases() {
    }

    /** The alias of an application object's id (not its appId). */
    public static String application(String objectId) {
        return "entra-app:" + objectId;
    }
}
