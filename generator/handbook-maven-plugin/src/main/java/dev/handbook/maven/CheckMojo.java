package dev.handbook.maven;

import dev.handbook.BuildResult;
import dev.handbook.Handbook;
import dev.handbook.HandbookException;
import dev.handbook.policy.ReportLines;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The CI gate: validates the handbook, judges freshness and runs verification snippets as configured, writes nothing
 * but the snippets' JUnit XML (target/handbook-verify), and fails the build on content errors and on what failOn
 * names.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractHandbookMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the handbook check (handbook.skip).");
            return;
        }
        BuildResult result;
        try (Handbook handbook = new Handbook()) {
            result = handbook.check(options(basedir.toPath().resolve("target/handbook-check").toFile()));
        } catch (HandbookException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        ResultLog.report(result, getLog());
        ResultLog.failIfNeeded(result);
        getLog().info("Checked " + ReportLines.count(result.records(), "record") + ": no problems that fail the build.");
    }
}
