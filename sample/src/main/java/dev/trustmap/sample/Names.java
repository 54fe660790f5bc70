package dev.trustmap.sample;

import java.util.List;

/**
 * The words the estate's names are made of. Each actor class has its own vocabulary, chosen so that trustmap's
 * name-based inference reads a native identity's class the way the sample meant it: workload names carry no
 * pipeline, integration, vendor or AI word; pipeline names always carry one of the pipeline words.
 */
final class Names {

    static final List<String> SERVICES = List.of("orders", "payments", "billing", "inventory", "catalog", "search",
            "checkout", "shipping", "ledger", "pricing", "accounts", "notifications", "reporting", "analytics",
            "profile", "fraud", "claims", "quotes", "documents", "media", "recommendations", "warehouse", "returns",
            "loyalty", "tax", "invoicing", "scheduler", "audit", "onboarding", "payroll", "timesheets",
            "underwriting", "forecasting", "routing", "tracking", "settlement", "treasury", "kyc", "consent",
            "pensions");
    static final List<String> WORKLOAD_SUFFIXES = List.of("api", "worker", "service", "svc", "backend", "batch",
            "reader", "writer", "cron", "exporter", "gateway", "processor", "indexer");
    static final List<String> SAAS = List.of("salesforce", "slack", "datadog", "snowflake", "stripe", "zendesk",
            "servicenow", "workday", "hubspot", "pagerduty", "jira", "okta");
    static final List<String> VENDORS = List.of("northbeam", "quarrystone", "brightwell", "kestreldata", "ferrous",
            "halcyonpay", "meridianhr", "saltmarsh", "tidewell", "ironbark", "larkspur", "coldharbour");
    static final List<String> VENDOR_PURPOSES = List.of("sftp", "billing-export", "support", "payroll-feed",
            "claims-feed", "card-processing", "print-mail", "background-checks");
    static final List<String> AI_DOMAINS = List.of("claims", "support", "underwriting", "fraud", "helpdesk",
            "sales", "procurement", "legal", "hr", "finance", "code-review", "incident", "research", "knowledge",
            "onboarding", "contracts");
    static final List<String> AI_ROLES = List.of("triage", "summary", "research", "drafting", "intake", "review",
            "routing", "extraction");
    static final List<String> NAMESPACES = List.of("orders", "payments", "billing", "search", "checkout",
            "shipping", "ledger", "pricing", "identity", "analytics", "fraud", "claims", "media", "platform",
            "observability", "data", "ml", "integrations", "edge", "batch");
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "eu-central-1", "us-west-2",
            "ap-southeast-2");
    static final List<String> AWS_SERVICES = List.of("s3", "sts", "dynamodb", "sqs", "sns", "kms", "lambda",
            "secretsmanager", "ecr", "cloudwatch");

    private Names() {
    }

    /** {@code orders-api}. */
    static String workload(SampleRandom r) {
        return r.pick(SERVICES) + "-" + r.pick(WORKLOAD_SUFFIXES);
    }

    /** A name with a pipeline word in it: {@code orders-deploy}, {@code ci-billing}. */
    static String pipeline(SampleRandom r) {
        String service = r.pick(SERVICES);
        return switch (r.nextInt(6)) {
            case 0 -> service + "-deploy";
            case 1 -> "ci-" + service;
            case 2 -> "terraform-" + service;
            case 3 -> service + "-release";
            case 4 -> service + "-build";
            default -> "github-actions-" + service;
        };
    }

    /** A name with an integration word in it: {@code orders-sync}, {@code snowflake-connector}. */
    static String integration(SampleRandom r) {
        String service = r.pick(SERVICES);
        return switch (r.nextInt(4)) {
            case 0 -> service + "-sync";
            case 1 -> r.pick(SAAS) + "-connector";
            case 2 -> service + "-webhook";
            default -> service + "-etl";
        };
    }

    /** {@code vendor-northbeam-sftp}. */
    static String vendor(SampleRandom r) {
        return "vendor-" + r.pick(VENDORS) + "-" + r.pick(VENDOR_PURPOSES);
    }

    /** {@code claims-triage-agent}. */
    static String agent(SampleRandom r) {
        return r.pick(AI_DOMAINS) + "-" + r.pick(AI_ROLES) + "-agent";
    }

    /** The system a name belongs to: its first service or AI-domain word, else its first word. */
    static String system(String name) {
        String[] words = name.split("-");
        for (String word : words) {
            if (SERVICES.contains(word) || AI_DOMAINS.contains(word) || NAMESPACES.contains(word)) {
                return word;
            }
        }
        return words[0];
    }

    /** Title case of a dashed name: {@code orders-api} to {@code Orders Api}, for display names. */
    static String title(String dashed) {
        StringBuilder text = new StringBuilder(dashed.length());
        boolean start = true;
        for (char c : dashed.toCharArray()) {
            if (c == '-' || c == '_') {
                text.append(' ');
                start = true;
            } else {
                text.append(start ? Character.toUpperCase(c) : c);
                start = false;
            }
        }
        return text.toString();
    }

    /** Letters after a slot number for its later occupants: none for the first, then b, c, ... */
    static String generation(int generation) {
        if (generation == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int g = generation;
        while (g > 0) {
            text.insert(0, (char) ('a' + g % 26));
            g /= 26;
        }
        return text.toString();
    }
}
