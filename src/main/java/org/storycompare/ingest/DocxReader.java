package org.storycompare.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Word documents (.docx): the body paragraphs of {@code word/document.xml}, list paragraphs as "- " items,
 * a paragraph in the "Title" style as the title; title and author from {@code docProps/core.xml}.
 * The zip is read with the JDK's zip classes; every entry is inflated under limits on its size, its
 * compression ratio, the entries' total and their count (zip bombs are refused, also in parts not used);
 * the XML with the JDK's StAX parser with DTDs and external entities off (a DOCTYPE is refused outright).
 */
final class DocxReader implements ArticleReader {

    private static final String DOCUMENT = "word/document.xml";
    private static final String CORE = "docProps/core.xml";
    private static final int BOMB_RATIO = 100;
    private static final long BOMB_MIN_BYTES = 4L << 20;

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
        ReadException.requireContent(data);
        if (!TextDecoder.startsWith(data, 'P', 'K', 3, 4)) {
            throw new ReadException("this is not a .docx file (a .docx is a zip archive, this is not)");
        }
        byte[] document = null;
        byte[] core = null;
        int entries = 0;
        long[] total = {0};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new ReadException("the .docx has more than " + limits.maxZipEntries() + " parts inside,"
                            + " far more than Word writes: refused as a possible zip bomb");
                }
                boolean wanted = e.getName().equals(DOCUMENT) && document == null
                        || e.getName().equals(CORE) && core == null;
                byte[] bytes = readBounded(zip, e, data.length, limits, total, wanted);
                if (e.getName().equals(DOCUMENT) && document == null) {
                    document = bytes;
                } else if (e.getName().equals(CORE) && core == null) {
                    core = bytes;
                }
            }
        } catch (IOException | RuntimeException ex) {
            if (document == null) {
                throw new ReadException("the .docx is damaged (its zip archive is broken); open it in Word and"
                        + " save it again", ex);
            }
            // damage after the document part: what was read is enough
        }
        if (document == null) {
            throw new ReadException("the .docx is damaged or not a Word document (no " + DOCUMENT
                    + " inside); open it in Word and save it as a .docx document");
        }
        Paragraphs out = new Paragraphs(limits.maxTextChars());
        String styledTitle = body(document, out);
        String[] coreMeta = core == null ? new String[2] : coreProperties(core);
        String text = out.text();
        if (text.isBlank()) {
            throw new ReadException("the .docx contains no text");
        }
        String title = coreMeta[0] != null && !coreMeta[0].isBlank() ? coreMeta[0] : styledTitle;
        ParsedArticle parsed = new ParsedArticle(text, null, title, coreMeta[1], null, null, null, null);
        return out.truncated() ? parsed.withNote("The text was cut at " + limits.maxTextChars()
                + " characters (the text limit).") : parsed;
    }

    /**
     * Reads (or, when not wanted, only inflates and counts) one entry, refusing an entry or a total beyond the
     * limits or a suspicious compression ratio. Checks for interruption at every block.
     */
    private static byte[] readBounded(InputStream in, ZipEntry entry, long zipSize, Limits limits, long[] total,
                                      boolean keep) throws IOException, ReadException {
        ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
        byte[] buf = new byte[64 * 1024];
        long size = 0;
        long compressed = Math.max(entry.getCompressedSize(), 0);
        int n;
        while ((n = in.read(buf)) > 0) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ReadException("reading was stopped");
            }
            size += n;
            total[0] += n;
            boolean ratio = size > BOMB_MIN_BYTES && (size > (long) BOMB_RATIO * Math.max(zipSize, 1)
                    || compressed > 0 && size > (long) BOMB_RATIO * compressed);
            if (size > limits.maxUnzippedBytes() || total[0] > limits.maxUnzippedTotalBytes() || ratio) {
                throw new ReadException("the .docx expands to far more data than its size allows (over "
                        + Limits.size(size > limits.maxUnzippedBytes() || ratio ? size : total[0]) + " from a "
                        + Limits.size(zipSize) + " file): refused as a possible zip bomb");
            }
            if (out != null) {
                out.write(buf, 0, n);
            }
        }
        return out == null ? null : out.toByteArray();
    }

    static XMLStreamReader safeReader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** Writes the body paragraphs to out; returns the text of the first "Title"-styled paragraph, if any. */
    private static String body(byte[] xml, Paragraphs out) throws ReadException {
        String title = null;
        Deque<Para> stack = new ArrayDeque<>();
        boolean inText = false;
        try {
            XMLStreamReader r = safeReader(xml);
            int events = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if ((++events & 1023) == 0 && Thread.currentThread().isInterrupted()) {
                    throw new ReadException("reading was stopped");
                }
                if (ev == XMLStreamConstants.DTD) {
                    throw dtd();
                } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ReadException("the .docx XML refers to an entity (&" + r.getLocalName()
                            + ";), which Word never writes: refused as a possible XXE attack");
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    Para top = stack.peek();
                    switch (name) {
                        case "p" -> stack.push(new Para());
                        case "t" -> inText = true;
                        case "tab", "br", "cr" -> {
                            if (top != null) {
                                top.text.append(' ');
                            }
                        }
                        case "pStyle" -> {
                            if (top != null) {
                                top.style = attr(r, "val");
                            }
                        }
                        case "numPr" -> {
                            if (top != null) {
                                top.list = true;
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if (inText && !stack.isEmpty()) {
                        stack.peek().text.append(r.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("t")) {
                        inText = false;
                    } else if (name.equals("p") && !stack.isEmpty()) {
                        Para p = stack.pop();
                        String text = p.text.toString();
                        if (title == null && p.style != null && p.style.equalsIgnoreCase("Title")
                                && !Paragraphs.clean(text).isEmpty()) {
                            title = Paragraphs.clean(text);
                        } else if (p.list) {
                            out.item(text);
                        } else {
                            out.add(text);
                        }
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new ReadException("the .docx is damaged (its text part is not well-formed); open it in Word and"
                    + " save it again", e);
        }
        return title;
    }

    /** {title, creator} from the core properties; nulls when missing or unreadable. */
    private static String[] coreProperties(byte[] xml) throws ReadException {
        String[] result = new String[2];
        try {
            XMLStreamReader r = safeReader(xml);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw dtd();
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("title") || name.equals("creator")) {
                        String text = r.getElementText();
                        result[name.equals("title") ? 0 : 1] = text;
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            return new String[2]; // the metadata part is optional: a broken one is ignored
        }
        return result;
    }

    private static ReadException dtd() {
        return new ReadException("the .docx XML contains a DOCTYPE declaration, which Word never writes:"
                + " refused as a possible XXE (external entity) attack");
    }

    private static String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static final class Para {
        final StringBuilder text = new StringBuilder();
        String style;
        boolean list;
    }
}
