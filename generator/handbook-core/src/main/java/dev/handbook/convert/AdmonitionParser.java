package dev.handbook.convert;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses MkDocs (Python-Markdown) admonitions, {@code !!! warning "Title"} followed by a body indented four columns,
 * into an {@link Admonition} whose body is Markdown like any other. Built like commonmark's list item parser: a
 * container that keeps lines indented by four and blank lines.
 */
final class AdmonitionParser extends AbstractBlockParser {

    private static final Pattern MARKER = Pattern.compile("!!!\\s+([A-Za-z][A-Za-z0-9-]*)(?:\\s+\"([^\"]*)\")?\\s*");
    private static final int INDENT = 4;

    private final Admonition block;

    private AdmonitionParser(Admonition block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        if (state.getIndent() >= INDENT) {
            return BlockContinue.atColumn(state.getColumn() + INDENT);
        }
        return BlockContinue.none();
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= INDENT) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher m = MARKER.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            Admonition admonition = new Admonition(m.group(1), m.group(2) == null ? "" : m.group(2));
            return BlockStart.of(new AdmonitionParser(admonition)).atIndex(line.length());
        }
    }
}
