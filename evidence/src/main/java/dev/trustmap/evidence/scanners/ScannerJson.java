package dev.trustmap.evidence.scanners;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.function.ObjIntConsumer;

/**
 * JSON reading for scanner reports. The parser's own messages quote the text they stumble on ("Unrecognized token
 * 'AKIA...'"), which in a scanner report may be the secret: those details are dropped, the location kept.
 */
final class ScannerJson {

    private ScannerJson() {
    }

    /** The elements of a top-level array, with the line each starts on. */
    static void elements(EvidenceFile file, ObjIntConsumer<JsonNode> each) {
        guarded(() -> JsonInput.elements(file, passThrough(each)));
    }

    /** JSON Lines (or one array), with line numbers. */
    static void lines(EvidenceFile file, ObjIntConsumer<JsonNode> each) {
        guarded(() -> JsonInput.lines(file, passThrough(each)));
    }

    /** Problems the importer itself raised (bad rows) carry no parser text and pass unchanged. */
    private static final class Own extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final InputException problem;

        Own(InputException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private static ObjIntConsumer<JsonNode> passThrough(ObjIntConsumer<JsonNode> each) {
        return (node, line) -> {
            try {
                each.accept(node, line);
            } catch (InputException e) {
                throw new Own(e);
            }
        };
    }

    private static void guarded(Runnable read) {
        try {
            read.run();
        } catch (Own own) {
            throw own.problem;
        } catch (InputException e) {
            throw new InputException(e.problems().stream().map(ScannerJson::withoutParserText).toList());
        }
    }

    private static InputProblem withoutParserText(InputProblem problem) {
        if (!problem.message().startsWith("not valid JSON")) {
            return problem;
        }
        return new InputProblem(problem.file(), problem.location(),
                "not valid JSON (the parser's detail is not shown: it could quote a secret).", problem.fix());
    }
}
