package fixture;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

class Sessions {
    void remember(HttpServletResponse response, String id) {
        Cookie c = new Cookie("SESSION", id); // expect: SEC-INSECURE-COOKIE
        c.setHttpOnly(true);
        response.addCookie(c);
    }

    void explicit(HttpServletResponse response, Cookie c) {
        c.setSecure(false); // expect: SEC-INSECURE-COOKIE
        response.addCookie(c);
    }
}
