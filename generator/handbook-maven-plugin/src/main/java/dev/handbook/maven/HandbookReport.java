package dev.handbook.maven;

import dev.handbook.BuildResult;
import dev.handbook.Handbook;
import dev.handbook.HandbookException;
import dev.handbook.config.ConfigLoader;
import java.io.File;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The handbook as a Maven report: it appears under "Project Reports" in the generated Maven site, builds the handbook
 * into {@code handbook/} beside it, and links to it.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class HandbookReport extends AbstractMavenReport {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(property = HandbookParameters.PREFIX + "contentDirectory", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    @Parameter(property = HandbookParameters.PREFIX + "siteDirectory", defaultValue = "${project.basedir}/site")
    File siteDirectory;

    @Parameter(property = HandbookParameters.PREFIX + "asOf")
    String asOf;

    @Parameter(property = HandbookParameters.PREFIX + "skip", defaultValue = "false")
    boolean skip;

    @Override
    public String getOutputName() {
        return "handbook-report";
    }

    @Override
    public String getName(Locale locale) {
        return "Handbook";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The team's reliability handbook: runbooks, SPOFs, drills, chaos experiments, ADRs and postmortems.";
    }

    /**
     * Whether the project has a handbook: a content folder, or a site config, which may list {@code sources:} folders
     * instead of content/. A config without either makes the report fail with the build's message, not vanish.
     */
    @Override
    public boolean canGenerateReport() {
        return !skip && (contentDirectory.isDirectory() || new File(siteDirectory, ConfigLoader.FILE_NAME).isFile());
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        File out = new File(getReportOutputDirectory(), "handbook");
        BuildResult result;
        try (Handbook handbook = new Handbook()) {
            result = handbook.build(HandbookParameters.options(basedir, contentDirectory, siteDirectory, out, asOf, null, null, false));
        } catch (HandbookException | org.apache.maven.plugin.MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        ResultLog.report(result, getLog());
        Sink sink = getSink();
        sink.head();
        sink.title();
        sink.text("Handbook");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("Handbook");
        sink.sectionTitle1_();
        sink.paragraph();
        if (result.failed()) {
            sink.text("The handbook has errors and was not built; run mvn handbook:check to see them.");
        } else {
            sink.text(dev.handbook.policy.ReportLines.count(result.records(), "record") + ". ");
            sink.link("handbook/index.html");
            sink.text("Open the handbook");
            sink.link_();
        }
        sink.paragraph_();
        if (!result.failed()) {
            AttentionSection.write(sink, result.freshness().map(f -> f.flags()).orElse(java.util.List.of()), "handbook/");
        }
        sink.section1_();
        sink.body_();
    }
}
