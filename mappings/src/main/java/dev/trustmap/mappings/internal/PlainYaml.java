package dev.trustmap.mappings.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * YAML that means what it says: anchors, aliases, merge keys and tags are refused, so that a value is always the
 * text written where it stands. Without this an alias {@code *me} reads as the text {@code me}, and an
 * {@code approved_by: *me} beside {@code requested_by: &me ...} passes the self-approval rule.
 *
 * <p>Every trustmap YAML file (the catalog, {@code report.yaml}, the policy, exceptions and attestations) is read
 * through this class by {@link LocatedTree}.
 */
public final class PlainYaml {

    private static final Factory FACTORY = new Factory();
    private static final String CORE_TAGS = "tag:yaml.org,2002:";

    private PlainYaml() {
    }

    /** A parser whose tokens can be checked with {@link #shortcut}. */
    public static JsonParser parser(String text) throws IOException {
        return FACTORY.createParser(new StringReader(text));
    }

    /**
     * The problem with the token the parser is on when it is an anchor, an alias, a merge key or a tag; null when
     * the token is plain. Call it on every value and every key.
     */
    public static InputProblem shortcut(String file, JsonParser parser) throws IOException {
        Event event = ((Parser) parser).event();
        JsonLocation at = parser.currentTokenLocation();
        String where = "line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (event instanceof AliasEvent alias) {
            return new InputProblem(file, where, "the alias '*" + alias.getAnchor() + "' stands for a value written "
                    + "elsewhere; trustmap does not expand aliases.", "Write the value out in full here.");
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            return new InputProblem(file, where, "the anchor '&" + node.getAnchor() + "' marks a value for reuse "
                    + "elsewhere; trustmap does not expand anchors or aliases.",
                    "Remove '&" + node.getAnchor() + "' and write each value out in full where it is used.");
        }
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
        if (tag != null) {
            String written = tag.startsWith(CORE_TAGS) ? "!!" + tag.substring(CORE_TAGS.length()) : tag;
            return new InputProblem(file, where, "the tag '" + written + "' asks for the value to be read as a type "
                    + "of its own; trustmap reads values only as written.",
                    "Remove '" + written + "' and write the value as plain text.");
        }
        if (parser.currentToken() == JsonToken.FIELD_NAME && "<<".equals(parser.currentName())
                && event instanceof ScalarEvent key && key.isPlain()) {
            return new InputProblem(file, where, "'<<' merges another mapping into this one; trustmap does not "
                    + "expand merge keys.", "Remove the '<<:' line and write the keys out in full here.");
        }
        return null;
    }

    /** Jackson's YAML factory, making parsers that show the SnakeYAML event behind their current token. */
    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }
    }

    /** Jackson's YAML parser; only its public token API hides anchors on values and tags on keys. */
    private static final class Parser extends YAMLParser {

        Parser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
                Reader reader) {
            super(context, features, yamlFeatures, options, codec, reader);
        }

        Event event() {
            return _lastEvent;
        }
    }
}
