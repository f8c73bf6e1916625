package fixture;

import javax.servlet.http.HttpServletRequest;

class Login {
    void remember(HttpServletRequest request) {
        String role = request.getParameter("role");
        request.getSession().setAttribute("role", role); // expect: SEC-TRUST-BOUNDARY
    }
}
