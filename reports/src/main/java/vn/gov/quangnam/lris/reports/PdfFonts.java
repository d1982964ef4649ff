package vn.gov.quangnam.lris.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (regular and bold), which covers Vietnamese, loaded from the classpath (the
 * {@code net.sf.jasperreports:jasperreports-fonts} artifact) and embedded as a subset in each PDF, so the report
 * reads the same on any machine whether or not it has the font.
 */
public record PdfFonts(PDType0Font regular, PDType0Font bold) {
    static final String REGULAR = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    public static PdfFonts embedIn(PDDocument document) {
        return new PdfFonts(load(document, REGULAR), load(document, BOLD));
    }

    private static PDType0Font load(PDDocument document, String resource) {
        try (InputStream font = PdfFonts.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new ReportException("font " + resource + " is not on the classpath; the reports module needs "
                        + "the net.sf.jasperreports:jasperreports-fonts artifact (see reports/pom.xml)");
            }
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + resource + ": " + e.getMessage(), e);
        }
    }
}
