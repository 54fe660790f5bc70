package dev.trustmap.reports.render.html;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker set-up of the HTML reports: templates looked up first in the user's folder ({@code --templates
 * DIR}, file by file), then among the bundled ones; HTML auto-escaping; errors thrown, never written into the page;
 * numbers written the same on every machine.
 */
final class TemplateConfiguration {

    /** Where the top-level {@code templates/} folder lands on the classpath. */
    static final String BUNDLED = "/dev/trustmap/reports/templates";

    /** Grouped thousands, every decimal the model holds (it rounds to tenths), a dot as decimal separator. */
    static final String NUMBER_FORMAT = "#,##0.##########";

    private TemplateConfiguration() {
    }

    static Configuration create(Path templatesOverride) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        c.setTemplateLoader(loader(templatesOverride));
        c.setLocalizedLookup(false);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE); // even a user's .ftl template is escaped
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.UK);
        c.setNumberFormat(NUMBER_FORMAT);
        c.setBooleanFormat("c");
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        return c;
    }

    private static TemplateLoader loader(Path templatesOverride) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (templatesOverride != null) {
            if (!Files.isDirectory(templatesOverride)) {
                throw new InputException(new InputProblem(templatesOverride.toString(), "", "is not a folder.",
                        "Pass --templates a folder holding the templates to override by name (board.ftlh,"
                                + " operator.ftlh, partials/*.ftlh, css/*.css)."));
            }
            try {
                loaders.add(new FileTemplateLoader(templatesOverride.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + templatesOverride + ": " + e.getMessage(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateConfiguration.class, BUNDLED));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }
}
