package dev.handbook.verify;

import dev.handbook.model.EntryId;
import dev.handbook.model.Snippet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes verification results as JUnit XML, the format CI test-report collectors read: a test suite per record, a
 * test case per snippet (named by record and snippet), with output and the failure message.
 */
public final class JUnitXmlWriter {

    public static final String FILE_NAME = "TEST-handbook-verification.xml";

    public void write(VerificationReport report, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Map<EntryId, List<Map.Entry<Snippet, SnippetResult>>> byRecord = new LinkedHashMap<>();
        report.results().entrySet().forEach(e -> byRecord.computeIfAbsent(e.getKey().owner(), k -> new java.util.ArrayList<>()).add(e));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "handbook verification");
            for (Map.Entry<EntryId, List<Map.Entry<Snippet, SnippetResult>>> record : byRecord.entrySet()) {
                List<Map.Entry<Snippet, SnippetResult>> cases = record.getValue();
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", record.getKey().toString());
                xml.writeAttribute("tests", String.valueOf(cases.size()));
                xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.getValue().status() == SnippetStatus.FAIL).count()));
                xml.writeAttribute("errors", String.valueOf(cases.stream().filter(c -> c.getValue().status() == SnippetStatus.TIMEOUT).count()));
                xml.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.getValue().status() == SnippetStatus.SKIPPED).count()));
                xml.writeAttribute("time", seconds(cases.stream().mapToLong(c -> c.getValue().durationMillis()).sum()));
                for (Map.Entry<Snippet, SnippetResult> c : cases) {
                    testCase(xml, c.getKey(), c.getValue());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void testCase(XMLStreamWriter xml, Snippet snippet, SnippetResult result) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", snippet.owner().toString());
        xml.writeAttribute("name", snippet.name());
        xml.writeAttribute("file", snippet.where().path());
        xml.writeAttribute("line", String.valueOf(snippet.where().line()));
        xml.writeAttribute("time", seconds(result.durationMillis()));
        switch (result.status()) {
            case FAIL:
                element(xml, "failure", result.message(), result.message());
                break;
            case TIMEOUT:
                element(xml, "error", result.message(), result.message());
                break;
            case SKIPPED:
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", result.message());
                break;
            default:
                break;
        }
        element(xml, "system-out", null, result.stdout());
        element(xml, "system-err", null, result.stderr());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String message, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        if (message != null) {
            xml.writeAttribute("message", message);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
