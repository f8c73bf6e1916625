package fixture;

import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;

class Directory {
    Object find(HttpServletRequest request, DirContext ctx) throws Exception {
        String user = request.getParameter("user");
        String filter = "(&(objectClass=person)(uid=" + user + "))";
        return ctx.search("ou=people,dc=acme", filter, new SearchControls()); // expect: SEC-LDAP-INJECTION
    }
}
