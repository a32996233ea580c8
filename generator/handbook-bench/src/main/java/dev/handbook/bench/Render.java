package dev.handbook.bench;

import java.util.List;

/** Writes body blocks as Markdown (handbook or Hugo links) or AsciiDoc, and counts their words. */
final class Render {

    private Render() {}

    static String markdown(List<Block> blocks, Inline.Style style) {
        StringBuilder out = new StringBuilder(8192);
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            markdown(block, style, out);
        }
        return out.toString();
    }

    private static void markdown(Block block, Inline.Style style, StringBuilder out) {
        if (block instanceof Block.Heading h) {
            out.append("## ").append(h.text()).append('\n');
        } else if (block instanceof Block.Para p) {
            out.append(Inline.render(p.inline(), style)).append('\n');
        } else if (block instanceof Block.Bullets b) {
            for (String item : b.items()) {
                out.append("- ").append(Inline.render(item, style)).append('\n');
            }
        } else if (block instanceof Block.Steps s) {
            boolean loose = s.steps().stream().anyMatch(st -> st.code() != null);
            int n = 1;
            for (Block.Step step : s.steps()) {
                String marker = n + ". ";
                String indent = " ".repeat(marker.length());
                if (loose && n > 1) {
                    out.append('\n');
                }
                out.append(marker).append(Inline.render(step.inline(), style)).append('\n');
                if (step.code() != null) {
                    out.append('\n').append(indent).append("```sh\n");
                    for (String line : step.code()) {
                        out.append(indent).append(line).append('\n');
                    }
                    out.append(indent).append("```\n");
                }
                n++;
            }
        } else if (block instanceof Block.Table t) {
            row(t.header(), style, out);
            out.append('|');
            for (int i = 0; i < t.header().size(); i++) {
                out.append("---|");
            }
            out.append('\n');
            for (List<String> r : t.rows()) {
                row(r, style, out);
            }
        } else if (block instanceof Block.Code c) {
            out.append("```sh\n");
            for (String line : c.lines()) {
                out.append(line).append('\n');
            }
            out.append("```\n");
        } else {
            throw new IllegalArgumentException(block.toString());
        }
    }

    private static void row(List<String> cells, Inline.Style style, StringBuilder out) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(Inline.render(cell, style)).append(" |");
        }
        out.append('\n');
    }

    static String asciidoc(List<Block> blocks) {
        Inline.Style style = Inline.Style.ASCIIDOC;
        StringBuilder out = new StringBuilder(8192);
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (block instanceof Block.Heading h) {
                out.append("== ").append(h.text()).append('\n');
            } else if (block instanceof Block.Para p) {
                out.append(Inline.render(p.inline(), style)).append('\n');
            } else if (block instanceof Block.Bullets b) {
                for (String item : b.items()) {
                    out.append("* ").append(Inline.render(item, style)).append('\n');
                }
            } else if (block instanceof Block.Steps s) {
                for (Block.Step step : s.steps()) {
                    out.append(". ").append(Inline.render(step.inline(), style)).append('\n');
                    if (step.code() != null) {
                        out.append("+\n[source,sh]\n----\n");
                        for (String line : step.code()) {
                            out.append(line).append('\n');
                        }
                        out.append("----\n");
                    }
                }
            } else if (block instanceof Block.Table t) {
                out.append("[options=\"header\"]\n|===\n");
                adocRow(t.header(), style, out);
                out.append('\n');
                for (List<String> r : t.rows()) {
                    adocRow(r, style, out);
                }
                out.append("|===\n");
            } else if (block instanceof Block.Code c) {
                out.append("[source,sh]\n----\n");
                for (String line : c.lines()) {
                    out.append(line).append('\n');
                }
                out.append("----\n");
            } else {
                throw new IllegalArgumentException(block.toString());
            }
        }
        return out.toString();
    }

    private static void adocRow(List<String> cells, Inline.Style style, StringBuilder out) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "| " : " | ").append(Inline.render(cells.get(i), style));
        }
        out.append('\n');
    }

    /** Words a reader sees in a block: whitespace-separated tokens with a letter or digit, code excluded. */
    static int words(Block block) {
        if (block instanceof Block.Heading h) {
            return words(h.text());
        } else if (block instanceof Block.Para p) {
            return words(p.inline());
        } else if (block instanceof Block.Bullets b) {
            return b.items().stream().mapToInt(Render::words).sum();
        } else if (block instanceof Block.Steps s) {
            return s.steps().stream().mapToInt(st -> words(st.inline())).sum();
        } else if (block instanceof Block.Table t) {
            return t.header().stream().mapToInt(Render::words).sum()
                    + t.rows().stream().flatMap(List::stream).mapToInt(Render::words).sum();
        }
        return 0;
    }

    static int words(String inline) {
        return countWords(Inline.plain(inline));
    }

    /** Whitespace-separated tokens that contain a letter or digit. */
    static int countWords(String text) {
        int count = 0;
        boolean inToken = false;
        boolean hasAlnum = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (inToken && hasAlnum) {
                    count++;
                }
                inToken = false;
                hasAlnum = false;
            } else {
                inToken = true;
                hasAlnum |= Character.isLetterOrDigit(ch);
            }
        }
        return inToken && hasAlnum ? count + 1 : count;
    }
}
