package dev.trustmap.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.model.vocabulary.ActorClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who may assume a role, from its trust policy ({@code AssumeRolePolicyDocument}): the federated identity providers
 * it trusts, and whether federation is the only way in.
 *
 * @param oidcProviders OIDC issuers (the host and path after {@code oidc-provider/}, or a web-identity provider
 *     such as {@code cognito-identity.amazonaws.com})
 * @param samlProviders SAML provider names (after {@code saml-provider/})
 * @param onlyFederated true when every Allow statement's principals are federated providers
 */
record RoleTrust(List<String> oidcProviders, List<String> samlProviders, boolean onlyFederated) {

    // Issuers of CI/CD systems' workload identity tokens (GitHub Actions, also with an enterprise suffix, GitHub
    // Enterprise Server's /_services/token, GitLab, Terraform Cloud, CircleCI, Bitbucket Pipelines, Buildkite,
    // Azure DevOps, Codefresh, Harness, Spacelift).
    private static final Pattern CI_ISSUER = Pattern.compile("^(token\\.actions\\.githubusercontent\\.com(/.*)?"
            + "|.*/_services/token|gitlab\\.com|app\\.terraform\\.io|oidc\\.circleci\\.com(/.*)?"
            + "|api\\.bitbucket\\.org/.*pipelines-config.*|agent\\.buildkite\\.com|vstoken\\.dev\\.azure\\.com(/.*)?"
            + "|oidc\\.codefresh\\.io|app\\.harness\\.io(/.*)?|[^/]*\\.app\\.spacelift\\.io)$");
    // IAM roles for service accounts: each EKS cluster has its own issuer.
    private static final Pattern EKS_ISSUER = Pattern.compile("^oidc\\.eks\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/.*");

    static RoleTrust of(JsonNode doc) {
        List<String> oidc = new ArrayList<>();
        List<String> saml = new ArrayList<>();
        boolean onlyFederated = true;
        boolean anyAllow = false;
        for (JsonNode statement : PolicyDocuments.statements(doc)) {
            if (!PolicyDocuments.allows(statement)) {
                continue;
            }
            anyAllow = true;
            JsonNode principal = statement.get("Principal");
            if (principal == null || !principal.isObject()) {
                onlyFederated = false; // "Principal": "*" or a NotPrincipal statement
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : principal.properties()) {
                if (!entry.getKey().equals("Federated")) {
                    onlyFederated = false;
                    continue;
                }
                for (String provider : PolicyDocuments.strings(entry.getValue())) {
                    int saml0 = provider.indexOf(":saml-provider/");
                    int oidc0 = provider.indexOf(":oidc-provider/");
                    if (saml0 >= 0) {
                        saml.add(provider.substring(saml0 + ":saml-provider/".length()));
                    } else if (oidc0 >= 0) {
                        oidc.add(provider.substring(oidc0 + ":oidc-provider/".length()));
                    } else {
                        oidc.add(provider);
                    }
                }
            }
        }
        return new RoleTrust(List.copyOf(oidc), List.copyOf(saml), anyAllow && onlyFederated);
    }

    boolean federated() {
        return !oidcProviders.isEmpty() || !samlProviders.isEmpty();
    }

    /** The actor class the trust shows, or null when it shows none (the role's name or the default decide). */
    ActorClassInference.Guess actorClass() {
        for (String issuer : oidcProviders) {
            boolean ciWords = ActorClassInference.fromName(issuer)
                    .filter(g -> g.actorClass() == ActorClass.PIPELINE).isPresent();
            if (CI_ISSUER.matcher(issuer).matches() || ciWords) {
                return new ActorClassInference.Guess(ActorClass.PIPELINE, "IAM role trusting the CI/CD OIDC provider "
                        + issuer);
            }
        }
        for (String issuer : oidcProviders) {
            if (EKS_ISSUER.matcher(issuer).matches()) {
                return new ActorClassInference.Guess(ActorClass.WORKLOAD, "IAM role trusting the EKS OIDC provider "
                        + issuer + " (Kubernetes service accounts)");
            }
        }
        if (oidcProviders.isEmpty() && !samlProviders.isEmpty()) {
            return new ActorClassInference.Guess(ActorClass.HUMAN, "IAM role trusting the SAML provider "
                    + samlProviders.get(0) + " (people sign in through it)");
        }
        return null;
    }
}
