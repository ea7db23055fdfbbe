package org.convene.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The steering brief as PDF: the brief's own template, rendered as XHTML with its stylesheet
 * inline and its charts as SVG, laid out by openhtmltopdf on A4 or Letter. The renderer may fetch
 * nothing: every external resource is refused, and the SVG drawer runs no script.
 */
@Component
class BriefPdf {

    private static final float A4_WIDTH_MM = 210;
    private static final float A4_HEIGHT_MM = 297;

    private final ITemplateEngine templates;
    private final SteeringBrief brief;

    BriefPdf(ITemplateEngine templates, SteeringBrief brief) {
        this.templates = templates;
        this.brief = brief;
    }

    byte[] render(SteeringBrief.Brief made) {
        Context context = new Context(Locale.ENGLISH, brief.model(made, true));
        String html = templates.process("brief", context);
        var out = new ByteArrayOutputStream();
        try (var svg = new BatikSVGDrawer(
                BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE)) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .withHtmlContent(html, null)
                    .useSVGDrawer(svg)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(out);
            if (made.paper().equals("letter")) {
                builder.useDefaultPageSize(
                        BaseRendererBuilder.PAGE_SIZE_LETTER_WIDTH,
                        BaseRendererBuilder.PAGE_SIZE_LETTER_HEIGHT,
                        BaseRendererBuilder.PAGE_SIZE_LETTER_UNITS);
            } else {
                builder.useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, BaseRendererBuilder.PageSizeUnits.MM);
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the steering brief as PDF", e);
        }
        return out.toByteArray();
    }
}
