package org.convene.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to an error that no controller answered: one the servlet container or a filter
 * reported with {@code sendError} (Spring Security's firewall refusing an encoded NUL, {@code ..},
 * {@code /} or {@code \} in the path; a request Tomcat could not read), or an exception thrown
 * outside the controllers. It takes the place of Spring Boot's own error controller: under {@code
 * /api} the answer is the contract's JSON error, elsewhere the application's HTML error page. The
 * errors Tomcat answers before the application is even chosen are {@link ContainerErrors}'.
 */
@Controller
class ErrorDispatch implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (isApi(path)) {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ApiError.json(sentence(status)));
            return null;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return new ModelAndView(
                "error",
                Map.of(
                        "status", status,
                        "error", known == null ? "Error" : known.getReasonPhrase(),
                        "path", path == null ? "" : path),
                known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status && status >= 400 ? status : 500;
    }

    /** Whether a path as the client sent it (raw or decoded, with no context path) is the API's. */
    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;"));
    }

    /** One sentence for each status an error can reach here with; never the cause's own text. */
    static String sentence(int status) {
        return switch (status) {
            case 400 ->
                "The request cannot be read: its address or headers are malformed (an encoded NUL, '..',"
                        + " '/' or '\\' in the path, a bad %-escape, or headers that are too long).";
            case 401 -> "Sign in first: this call needs a user and password.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This call does not support this method.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request is larger than the server accepts.";
            case 414 -> "The request's address is too long.";
            case 415 -> "This call does not accept content of this type.";
            case 429 -> "Too many requests; try again later.";
            case 431 -> "The request's headers are too large.";
            default ->
                status < 500
                        ? "The request cannot be answered (" + status + ")."
                        : "Something went wrong on the server; the log has the details.";
        };
    }
}
