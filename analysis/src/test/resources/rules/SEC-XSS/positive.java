package fixture;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class Greeting {
    void hello(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = request.getParameter("name");
        response.getWriter().println("<h1>Hello " + name + "</h1>"); // expect: SEC-XSS
    }

    void echo(HttpServletRequest request, HttpServletResponse response) throws Exception {
        var out = response.getWriter();
        out.write(request.getQueryString()); // expect: SEC-XSS
    }
}
