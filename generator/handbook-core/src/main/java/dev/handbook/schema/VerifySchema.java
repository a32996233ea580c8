package dev.handbook.schema;

import dev.handbook.model.SnippetOption;
import java.util.List;
import java.util.Map;

/** The fields of a {@code verify:} item; the options take their names from {@link SnippetOption}, as every syntax does. */
public final class VerifySchema {

    private VerifySchema() {}

    public static final FieldKey<String> NAME = FieldKey.string(SnippetOption.NAME.key(), "What it checks.");
    public static final FieldKey<String> RUN = FieldKey.string("run", "The commands, run by `shell`.").required();
    public static final FieldKey<String> SHELL = FieldKey.string("shell", "`sh` (default) or `bash`.");
    public static final FieldKey<String> EXPECT_EXIT = FieldKey.string(SnippetOption.EXPECT_EXIT.key(), "The exit code it must end with (default 0).");
    public static final FieldKey<String> EXPECT_OUTPUT =
            FieldKey.string(SnippetOption.EXPECT_OUTPUT.key(), "Text its output must contain, or `/regex/` it must match.");
    public static final FieldKey<String> TIMEOUT = FieldKey.string(SnippetOption.TIMEOUT.key(),
            "How long it may run, e.g. `20s` (default 30s); then its whole process tree is killed.");
    public static final FieldKey<List<String>> REQUIRES = FieldKey.strings(SnippetOption.REQUIRES.key(), "Tools that must be on PATH, or it is skipped.");
    public static final FieldKey<List<String>> ENV = FieldKey.strings(SnippetOption.ENV.key(),
            "Variables passed through from the builder's environment; their values are masked in output.");
    public static final FieldKey<String> CWD =
            FieldKey.string(SnippetOption.CWD.key(), "`content` to run in the content folder; default a fresh temporary folder.");
    public static final FieldKey<String> PROVES = FieldKey.string(SnippetOption.PROVES.key(),
            "`restore`: when it passes, it is a verified restore, at the time it finished, for the record's SPOF"
                    + " or service (its own snippet) or for the record's `targets` (a drill's, a backup's).");

    /** The field of each single-valued option. */
    public static final Map<SnippetOption, FieldKey<String>> SINGLE_OPTIONS = Map.of(SnippetOption.NAME, NAME, SnippetOption.TIMEOUT, TIMEOUT,
            SnippetOption.EXPECT_EXIT, EXPECT_EXIT, SnippetOption.EXPECT_OUTPUT, EXPECT_OUTPUT, SnippetOption.CWD, CWD, SnippetOption.PROVES, PROVES);

    public static final RecordSchema RECORD = RecordSchema.of(
            "verification snippet",
            "A check that `--verify` runs at build time; the result is shown on the record's page.",
            NAME, RUN, SHELL, EXPECT_EXIT, EXPECT_OUTPUT, TIMEOUT, REQUIRES, ENV, CWD, PROVES);
}
