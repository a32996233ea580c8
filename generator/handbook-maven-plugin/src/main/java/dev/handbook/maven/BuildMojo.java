package dev.handbook.maven;

import dev.handbook.BuildResult;
import dev.handbook.Handbook;
import dev.handbook.HandbookException;
import dev.handbook.policy.ReportLines;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the handbook into the Maven site ({@code target/site/handbook}), failing on content errors. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractHandbookMojo {

    /** Where the site is written. */
    @Parameter(property = HandbookParameters.PREFIX + "outputDirectory", defaultValue = "${project.reporting.outputDirectory}/handbook")
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the handbook build (handbook.skip).");
            return;
        }
        BuildResult result;
        try (Handbook handbook = new Handbook()) {
            result = handbook.build(options(outputDirectory));
        } catch (HandbookException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        ResultLog.report(result, getLog());
        ResultLog.failIfNeeded(result);
        getLog().info("Built " + ReportLines.count(result.records(), "record") + " into " + outputDirectory + " (" + ReportLines.count(result.pages(), "file") + ").");
    }
}
