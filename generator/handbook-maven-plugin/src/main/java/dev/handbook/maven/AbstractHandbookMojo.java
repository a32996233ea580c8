package dev.handbook.maven;

import dev.handbook.BuildOptions;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal shares, each with a {@code handbook.*} user property, as the CLI's options. */
abstract class AbstractHandbookMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The content folder. */
    @Parameter(property = HandbookParameters.PREFIX + "contentDirectory", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    /** The site folder, with handbook.yaml, templates/ and assets/. */
    @Parameter(property = HandbookParameters.PREFIX + "siteDirectory", defaultValue = "${project.basedir}/site")
    File siteDirectory;

    /** The date freshness is judged at, YYYY-MM-DD; default today. */
    @Parameter(property = HandbookParameters.PREFIX + "asOf")
    String asOf;

    /** Run verification snippets: true (cached results reused), fresh, or false; default verify.enabled in handbook.yaml. */
    @Parameter(property = HandbookParameters.PREFIX + "verify")
    String verify;

    /** What fails the build, comma-separated: stale, overdue, action-items, verify; default fail_on in handbook.yaml. */
    @Parameter(property = HandbookParameters.PREFIX + "failOn")
    String failOn;

    /** Fail on warnings too. */
    @Parameter(property = HandbookParameters.PREFIX + "strict", defaultValue = "false")
    boolean strict;

    /** Skip this goal. */
    @Parameter(property = HandbookParameters.PREFIX + "skip", defaultValue = "false")
    boolean skip;

    BuildOptions options(File out) throws MojoFailureException {
        return HandbookParameters.options(basedir, contentDirectory, siteDirectory, out, asOf, verify, failOn, strict);
    }
}
