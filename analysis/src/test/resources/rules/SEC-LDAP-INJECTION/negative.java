package fixture;

import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;

class Directory {
    Object find(HttpServletRequest request, DirContext ctx) throws Exception {
        String user = request.getParameter("user");
        return ctx.search("ou=people,dc=acme", "(&(objectClass=person)(uid={0}))", new Object[] {user},
                new SearchControls());
    }
}
