package vn.gov.quangnam.lris.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Writes lines of text top to bottom on A4 landscape pages, starting a new page when the current one is full. */
final class PdfPageWriter implements AutoCloseable {
    static final float MARGIN = 40;
    static final PDRectangle PAGE_SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    PdfPageWriter(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    float width() {
        return PAGE_SIZE.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    PDPageContentStream content() {
        return content;
    }

    /** Makes sure {@code height} points fit below the cursor, on a new page if needed. */
    void reserve(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void text(String text, PDType0Font font, float size, float indent, float maxWidth) throws IOException {
        for (String line : wrap(text, font, size, maxWidth - indent)) {
            reserve(size + 4);
            y -= size + 4;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN + indent, y);
            content.showText(line);
            content.endText();
        }
    }

    void skip(float height) {
        y -= height;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE_SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE_SIZE.getHeight() - MARGIN;
    }

    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
