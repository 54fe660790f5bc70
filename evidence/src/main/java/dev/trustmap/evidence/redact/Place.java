package dev.trustmap.evidence.redact;

/** Where a value sits in its file, as far as deciding whether it is a secret needs to know. */
public interface Place {

    /** The name of the member (JSON) or column (CSV) holding the value; null for an array element or a root value. */
    String member();

    /**
     * The name of the member holding the container {@code up} levels above the value: 0 is the object or array the
     * value is in. Null for an array element, the root, or above the root.
     */
    String container(int up);

    /** True when one of the containers around the value, at any level, is held by a member of this name. */
    boolean within(String name);

    /**
     * True when a member of such a name holds one of the containers around the value, at any level: a secret field
     * written with the wrong type (an array or object where a string belongs) still holds the secret.
     */
    default boolean withinMember(java.util.function.Predicate<String> name) {
        return false;
    }

    /** True when an AWS access key id sits next to the value: earlier in the same object, or in the same CSV row. */
    boolean nearAwsKeyId();
}
