package fixture;

import java.util.List;
import javax.servlet.http.HttpServletRequest;

class Tools {
    void ping(HttpServletRequest request) throws Exception {
        Runtime.getRuntime().exec(new String[] {"ping", "-c", "1", "localhost"});
    }

    void fixed() throws Exception {
        new ProcessBuilder(List.of("git", "status")).start();
    }

    void counted(HttpServletRequest request) throws Exception {
        int n = Integer.parseInt(request.getParameter("n"));
        Runtime.getRuntime().exec("sleep " + n);
    }
}
