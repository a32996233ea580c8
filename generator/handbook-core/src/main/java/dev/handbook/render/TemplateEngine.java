package dev.handbook.render;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * FreeMarker, configured once: templates from {@code site/templates/} first, then the default theme in the jar; HTML
 * auto-escaping ({@code .ftlh}); errors rethrown and reported as diagnostics with the template's line, never logged.
 *
 * <p>Thread-safe: a FreeMarker {@link Configuration} is, once set up.
 */
public final class TemplateEngine {

    static final String DEFAULT_TEMPLATES = "/handbook/templates";

    /** Set up on another thread: FreeMarker's object wrapper takes tens of milliseconds cold, beside config and parsing. */
    private final CompletableFuture<Configuration> configuration;
    private final Path overrides;
    private final Path displayBase;

    /**
     * @param overrides the site's template folder (may not exist)
     * @param displayBase the folder that template paths in diagnostics are relative to
     */
    public TemplateEngine(Path overrides, Path displayBase) {
        this.overrides = overrides;
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.configuration = CompletableFuture.supplyAsync(() -> configure(overrides));
    }

    private static Configuration configure(Path overrides) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(overrides)) {
            try {
                loaders.add(new FileTemplateLoader(overrides.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read templates in " + overrides, e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, DEFAULT_TEMPLATES));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(ViewWrapper.create());
        // The layout writes it into every page's <meta>; a string, so templates can only show it.
        cfg.setSharedVariable("contentSecurityPolicy", new SimpleScalar(ContentSecurityPolicy.SITE));
        return cfg;
    }

    private Configuration configuration() {
        try {
            return configuration.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Parses {@code names} ahead of their first page, so that the work (and FreeMarker's class loading) overlaps with
     * parsing and conversion instead of waiting for them. Problems are left for {@link #render} to report.
     */
    public void warmUp(Collection<String> names) {
        for (String name : names) {
            try {
                configuration().getTemplate(name);
            } catch (IOException | RuntimeException e) {
                // reported with its position when a page renders it
            }
        }
    }

    /**
     * Renders {@code name} over {@code view}, whose record components are the template's top-level names; on a template
     * error reports it and returns empty.
     */
    public Optional<String> render(String name, Record view, Diagnostics diagnostics) {
        try {
            Template template = configuration().getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(view, out);
            return Optional.of(out.toString());
        } catch (ParseException e) {
            report(diagnostics, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
        } catch (InvalidReferenceException e) {
            report(diagnostics, e.getTemplateSourceName(), lineOf(e.getLineNumber()), lineOf(e.getColumnNumber()),
                    "'" + e.getBlamedExpressionString() + "' is null or missing; test it with `??` or give a default with `!`.");
        } catch (TemplateException e) {
            report(diagnostics, e.getTemplateSourceName(), lineOf(e.getLineNumber()), lineOf(e.getColumnNumber()), firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            report(diagnostics, name, 0, 0, "cannot load the template: " + e.getMessage());
        }
        return Optional.empty();
    }

    private void report(Diagnostics diagnostics, String template, int line, int column, String message) {
        diagnostics.error(
                "template",
                SourcePosition.of(displayName(template), line, column),
                "Template error: " + message.strip(),
                "Fix the template, or delete your override to use the default.");
    }

    private String displayName(String template) {
        String name = template == null ? "?" : template;
        Path override = overrides.resolve(name);
        if (Files.exists(override)) {
            Path abs = override.toAbsolutePath().normalize();
            return (abs.startsWith(displayBase) ? displayBase.relativize(abs) : abs).toString().replace('\\', '/');
        }
        return "(built-in theme)/" + name;
    }

    private static int lineOf(Integer value) {
        return value == null ? 0 : value;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        line = line.replaceAll("[:.\\s]+$", "");
        return line.isEmpty() ? "unknown error." : line + ".";
    }
}
