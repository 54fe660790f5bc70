package dev.trustmap.cli.internal;

import dev.trustmap.cli.internal.output.OutputFormat;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.model.problem.InputProblem;
import java.io.PrintWriter;
import java.util.List;

/** The output of the checking commands (lint, validate): one problem a line, or rows in CSV/JSON. */
public final class ProblemList {

    private ProblemList() {
    }

    /** Writes the problems; in a table, ends with {@code clean} when there are none, else with their count. */
    public static void write(PrintWriter out, OutputFormat format, List<InputProblem> problems, String clean) {
        if (format == OutputFormat.TABLE) {
            problems.forEach(p -> out.println(p.describe()));
            out.println(problems.isEmpty() ? clean
                    : problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found.");
            out.flush();
            return;
        }
        new Tabular<InputProblem>()
                .column("file", InputProblem::file)
                .column("location", InputProblem::location)
                .column("message", InputProblem::message)
                .column("fix", InputProblem::fix)
                .write(out, format, problems);
    }
}
