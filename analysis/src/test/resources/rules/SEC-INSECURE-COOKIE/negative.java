package fixture;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

class Sessions {
    void remember(HttpServletResponse response, String id) {
        Cookie c = new Cookie("SESSION", id);
        c.setHttpOnly(true);
        c.setSecure(true);
        response.addCookie(c);
    }
}
