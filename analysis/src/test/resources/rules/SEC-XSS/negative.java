package fixture;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

class Greeting {
    void hello(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = Encode.forHtml(request.getParameter("name"));
        response.getWriter().println("<h1>Hello " + name + "</h1>");
    }

    void log(HttpServletRequest request) {
        System.out.println("request from " + request.getRemoteAddr());
    }
}
