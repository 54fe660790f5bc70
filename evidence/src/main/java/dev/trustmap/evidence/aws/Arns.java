package dev.trustmap.evidence.aws;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of an IAM ARN the importers need. */
final class Arns {

    // arn:aws:iam::123456789012:user/path/name; other partitions (aws-cn, aws-us-gov) write the same shape.
    private static final Pattern IAM_ARN = Pattern.compile("^arn:aws[a-z-]*:iam::(\\d{12}):(.+)$");

    private Arns() {
    }

    /** The account id of an IAM ARN, or null when the value is not one. */
    static String account(String arn) {
        if (arn == null) {
            return null;
        }
        Matcher m = IAM_ARN.matcher(arn);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The ARN of the IAM user of this name, as the credential report and the authorization details write it, for a
     * user on the default path {@code /} in the standard partition: what a file naming a user but not its ARN can
     * know.
     */
    static String userArn(String account, String userName) {
        return "arn:aws:iam::" + account + ":user/" + userName;
    }

    /** The last path segment of an ARN's resource ({@code user/ci/deployer} gives {@code deployer}). */
    static String lastSegment(String arn) {
        int slash = arn.lastIndexOf('/');
        int colon = arn.lastIndexOf(':');
        return arn.substring(Math.max(slash, colon) + 1);
    }
}
