package dev.trustmap.reports.render.html;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.render.Audience;
import dev.trustmap.reports.render.Renderer;
import dev.trustmap.reports.render.ReportOutput;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code board.html} (audience board or all) and {@code operator.html} (operator or all) from the FreeMarker
 * templates {@code board.ftlh} and {@code operator.ftlh}. Both pages are single files: styles and charts inline,
 * nothing fetched from anywhere.
 */
public final class HtmlRenderer implements Renderer {

    static final String BOARD_TEMPLATE = "board.ftlh";
    static final String OPERATOR_TEMPLATE = "operator.ftlh";

    private final Path templatesOverride;
    private final HtmlLimits limits;
    private final Configuration templates;

    /** The bundled templates. */
    public HtmlRenderer() {
        this(null);
    }

    /** @param templatesOverride a folder whose templates replace the bundled ones by name, or null */
    public HtmlRenderer(Path templatesOverride) {
        this(templatesOverride, HtmlLimits.DEFAULT);
    }

    public HtmlRenderer(Path templatesOverride, HtmlLimits limits) {
        this.templatesOverride = templatesOverride;
        this.limits = limits;
        this.templates = TemplateConfiguration.create(templatesOverride);
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void render(ReportModel model, Audience audience, ReportOutput output) throws IOException {
        if (audience.includesBoard()) {
            write(output, "board.html", BOARD_TEMPLATE, BoardPage.data(model));
        }
        if (audience.includesOperator()) {
            write(output, "operator.html", OPERATOR_TEMPLATE, OperatorPage.data(model, limits));
        }
    }

    /** The board page as a string (for the PDF renderer, which lays it out on A4). */
    public String board(ReportModel model) throws IOException {
        StringWriter out = new StringWriter();
        process(BOARD_TEMPLATE, BoardPage.data(model), out);
        return out.toString();
    }

    /** The operator page as a string. */
    public String operator(ReportModel model) throws IOException {
        StringWriter out = new StringWriter();
        process(OPERATOR_TEMPLATE, OperatorPage.data(model, limits), out);
        return out.toString();
    }

    private void write(ReportOutput output, String fileName, String template, Map<String, Object> data)
            throws IOException {
        try (OutputStream stream = output.create(fileName);
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            process(template, data, out);
        }
    }

    private void process(String name, Map<String, Object> data, Writer out) throws IOException {
        Template template;
        try {
            template = templates.getTemplate(name);
        } catch (ParseException e) {
            throw failure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), e);
        }
        try {
            template.process(data, out);
        } catch (TemplateException e) {
            throw failure(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(),
                    e.getMessageWithoutStackTop(), e);
        }
    }

    /** A user's template that fails is bad input; a bundled template that fails is a bug. */
    private RuntimeException failure(String template, Integer line, Integer column, String message, Exception e) {
        String where = line == null ? "" : "line " + line + (column == null ? "" : ", column " + column);
        Path user = templatesOverride == null || template == null ? null : templatesOverride.resolve(template);
        if (user != null && Files.isRegularFile(user)) {
            return new InputException(new InputProblem(user.toString(), where, "the template fails: " + message,
                    "Fix the template, or remove it from " + templatesOverride + " to use the bundled one."));
        }
        return new IllegalStateException("bundled template " + template + " " + where + ": " + message, e);
    }
}
