/**
 * GitHub: fine-grained personal access tokens granted to an organization, and repository deploy keys, read from
 * the REST API's JSON (one page, or pages back to back as {@code gh api --paginate} writes them).
 */
package dev.trustmap.evidence.github;
