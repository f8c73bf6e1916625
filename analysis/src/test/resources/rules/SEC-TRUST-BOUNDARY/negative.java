package fixture;

import javax.servlet.http.HttpServletRequest;

class Login {
    void remember(HttpServletRequest request, Users users) {
        String user = request.getRemoteUser();
        request.getSession().setAttribute("role", users.roleOf("fixed"));
        request.getSession().setAttribute("visits", Integer.parseInt(request.getParameter("visits")));
    }

    interface Users {
        String roleOf(String user);
    }
}
