package org.convene.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The answer to an error Tomcat reports before the application is chosen, in place of Tomcat's
 * own HTML report: a request whose address Tomcat cannot read (a bad %-escape, an encoded {@code
 * /} or {@code \}, a path that leaves the root with {@code ..}) or whose headers are too long.
 * Under {@code /api} it is the contract's JSON error, elsewhere a plain page like the
 * application's error page. Errors inside the application are {@link ErrorDispatch}'.
 *
 * <p>Public, as Tomcat's host makes its error report valve itself from the class name.
 */
public final class ContainerErrors extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        boolean api = ErrorDispatch.isApi(rawPath(request));
        try {
            response.setCharacterEncoding("UTF-8");
            response.setContentType(api ? "application/json" : "text/html");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? ApiError.json(ErrorDispatch.sentence(status)) : page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer already started; nothing more can be said
        }
    }

    /** The path as the client sent it, before decoding (which may be what failed). */
    private static String rawPath(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri == null ? null : uri;
    }

    private static String page(int status) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%d · Convene</title>
                <link rel="stylesheet" href="/css/convene.css"></head>
                <body class="signin-page"><main id="main" class="signin"><h1>Something went wrong</h1>
                <p class="card">%s</p><p><a href="/">Back to the map</a></p></main></body></html>
                """.formatted(status, ErrorDispatch.sentence(status).replace("<", "&lt;"));
    }

    /** Makes Tomcat's host use this valve for its error reports. */
    @Component
    static class Installation implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ContainerErrors.class.getName());
                }
            });
        }
    }
}
