package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.output.Json;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.mappings.Coverage;
import dev.trustmap.mappings.IdResolver;
import dev.trustmap.mappings.IdResolver.Match;
import dev.trustmap.mappings.IdResolver.Resolution;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.catalog.MappingProvenance;
import dev.trustmap.model.catalog.NotApplicable;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.Lane;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code trustmap catalog show ID}: a control with its mappings, or a framework item with the controls on it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a control (ACT-01) with its mappings, or a framework item (nist-csf-2.0:PR.AA-05, or any"
                + " id 'resolve' understands) with the controls that map to it.")
final class ShowCommand extends CatalogSubcommand {

    @Parameters(paramLabel = "ID", description = "A control id, framework:item, or an id to resolve.")
    private String id;

    /** One mapping as shown, from either end, with the OSCAL 1.2 mapping fields an auditor weighs it by. */
    record Link(String control, String framework, String item, String title, String relationship, String rationale,
            String matching, String confidence, MappingProvenance provenance, String parentNotMapped) {
    }

    record ControlView(String type, String id, String domain, String title, String objective,
            Map<String, String> realisations, List<String> lanes, String evidence, String severity,
            List<Link> mappings) {
    }

    record ItemView(String type, String framework, String id, String kind, String title, String statement,
            String summary, String parent, List<String> children, List<String> related, Map<String, String> attributes,
            String coverage, String notApplicableReason, List<Link> mappedBy, String resolvedFrom) {
    }

    @Override
    protected ExitCode execute() {
        Catalog catalog = catalogOption.load();
        Resolution resolution = new IdResolver(catalog).resolve(id);
        if (!resolution.found() || resolution.status() == IdResolver.Status.AMBIGUOUS) {
            List<Match> options = resolution.found() ? resolution.matches() : resolution.candidates();
            String what = resolution.found() ? "fits several items; qualify it as framework:item. It may be: "
                    : resolution.note() != null ? "is not a control or framework item: " + resolution.note()
                            + (options.isEmpty() ? "" : " Candidates: ")
                    : "is not a control or framework item. Nearest: ";
            throw new InputException(new InputProblem(id, "", "'" + id + "' " + what
                    + String.join(", ", options.stream().map(Match::qualifiedId).toList())
                    + (options.isEmpty() ? "" : "."),
                    "Run 'trustmap catalog resolve " + id + "' to see how ids are matched."));
        }
        Match match = resolution.matches().get(0);
        String resolvedFrom = resolution.status() == IdResolver.Status.EXACT ? null : id;
        if (IdResolver.CONTROL.equals(match.framework())) {
            show(controlView(catalog, catalog.control(match.id()).orElseThrow()));
        } else {
            FrameworkItem item = catalog.item(match.framework(), match.id()).orElseThrow();
            show(itemView(catalog, item, resolvedFrom));
        }
        return ExitCode.OK;
    }

    private static ControlView controlView(Catalog catalog, Control control) {
        List<Link> links = control.mappings().stream().map(m -> link(catalog, m)).toList();
        return new ControlView("control", control.id(), control.domain().name(), control.title(), control.objective(),
                realisations(control),
                control.lanes().stream().sorted().map(Lane::key).toList(), control.evidence().key(),
                control.severity().key(), links);
    }

    /** Human, machine, AI: always in this order (Map.of would change it from one process to the next). */
    private static Map<String, String> realisations(Control control) {
        Map<String, String> three = new LinkedHashMap<>();
        three.put("human", control.realisations().human());
        three.put("machine", control.realisations().machine());
        three.put("ai", control.realisations().ai());
        return three;
    }

    private static ItemView itemView(Catalog catalog, FrameworkItem item, String resolvedFrom) {
        Coverage coverage = new Coverage(catalog);
        List<Link> links = coverage.reachingMappings(item).stream().map(m -> link(catalog, m)).toList();
        String reason = catalog.notApplicable(item.framework(), item.id()).map(NotApplicable::reason).orElse(null);
        return new ItemView("item", item.framework(), item.id(), item.kind(), item.title(), item.statement(),
                item.summary(), item.parent(),
                catalog.children(item.framework(), item.id()).stream().map(FrameworkItem::id).toList(),
                item.related(), item.attributes(), coverage.status(item).key(), reason, links, resolvedFrom);
    }

    private static Link link(Catalog catalog, Mapping mapping) {
        String title = catalog.item(mapping.framework(), mapping.item()).map(FrameworkItem::label).orElse("");
        return new Link(mapping.controlId(), mapping.framework(), mapping.item(), title,
                mapping.relationship().key(), mapping.rationale(),
                mapping.matching() == null ? null : mapping.matching().key(),
                mapping.confidence() == null ? null : mapping.confidence().key(), mapping.provenance(),
                mapping.parentNotMapped());
    }

    private void show(Object view) {
        switch (formatOption.format()) {
            case JSON -> Json.write(out(), view);
            case CSV -> links(view instanceof ControlView c ? c.mappings() : ((ItemView) view).mappedBy());
            case TABLE -> {
                if (view instanceof ControlView c) {
                    text(c);
                } else {
                    text((ItemView) view);
                }
            }
        }
    }

    private void links(List<Link> links) {
        new Tabular<Link>()
                .column("control", Link::control)
                .column("framework", Link::framework)
                .column("item", Link::item)
                .column("relationship", Link::relationship)
                .column("confidence", Link::confidence)
                .column("title", Link::title, 60)
                .column("rationale", Link::rationale, 0)
                .write(out(), formatOption.format(), links);
    }

    private void text(ControlView c) {
        PrintWriter out = out();
        out.println(c.id() + "  " + c.title());
        out.println("domain:     " + c.domain());
        out.println("objective:  " + c.objective());
        out.println("human IAM:  " + c.realisations().get("human"));
        out.println("machine:    " + c.realisations().get("machine"));
        out.println("AI agents:  " + c.realisations().get("ai"));
        out.println("lanes:      " + String.join(", ", c.lanes()));
        out.println("evidence:   " + c.evidence() + "; default severity " + c.severity());
        out.println();
        out.println("mappings (" + c.mappings().size() + "):");
        new Tabular<Link>()
                .column("framework", Link::framework)
                .column("item", Link::item)
                .column("relationship", Link::relationship)
                .column("confidence", Link::confidence)
                .column("title", Link::title, 60)
                .write(out, formatOption.format(), c.mappings());
    }

    private void text(ItemView i) {
        PrintWriter out = out();
        out.println(i.framework() + ":" + i.id() + (i.title() != null ? "  " + i.title() : ""));
        if (i.resolvedFrom() != null) {
            out.println("(resolved from '" + i.resolvedFrom() + "')");
        }
        out.println("kind:       " + i.kind() + (i.parent() != null ? ", under " + i.parent() : ""));
        if (i.statement() != null) {
            out.println("statement:  " + i.statement());
        }
        if (i.summary() != null) {
            out.println("summary:    " + i.summary() + " (trustmap's words)");
        }
        if (!i.children().isEmpty()) {
            out.println("items:      " + String.join(", ", i.children()));
        }
        if (!i.related().isEmpty()) {
            out.println("related:    " + String.join(", ", i.related()));
        }
        out.println("coverage:   " + i.coverage()
                + (i.notApplicableReason() != null ? " - " + i.notApplicableReason() : ""));
        out.println();
        out.println("controls mapped to it (" + i.mappedBy().size() + "):");
        new Tabular<Link>()
                .column("control", Link::control)
                .column("item", Link::item)
                .column("relationship", Link::relationship)
                .column("confidence", Link::confidence)
                .column("rationale", Link::rationale, 80)
                .write(out, formatOption.format(), i.mappedBy());
    }
}
