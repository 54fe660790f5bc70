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
 * One of NIST's JSON schemas for OSCAL 1.1.2, as shipped in liboscal-java, with format assertions on (draft-07
 * leaves {@code format} an annotation unless asked) and patterns matched by java.util.regex, which knows the
 * schemas' {@code \p{L}} classes.
 */
final class OscalSchema {

    static final OscalSchema ASSESSMENT_RESULTS = new OscalSchema("/schema/json/oscal-ar_schema.json");
    static final OscalSchema PLAN_OF_ACTION_AND_MILESTONES = new OscalSchema("/schema/json/oscal-poam_schema.json");

    private final JsonSchema schema;

    private OscalSchema(String resource) {
        this.schema = load(resource);
    }

    private static JsonSchema load(String resource) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(JDKRegularExpressionFactory.getInstance())
                .build();
        try (InputStream in = OscalSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (liboscal-java)");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, as "pointer: message", sorted. */
    List<String> violations(JsonNode document) {
        return schema.validate(document).stream()
                .map(ValidationMessage::toString)
                .sorted()
                .toList();
    }
}
