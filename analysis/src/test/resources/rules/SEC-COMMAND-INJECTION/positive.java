package fixture;

import javax.servlet.http.HttpServletRequest;

class Tools {
    void ping(HttpServletRequest request) throws Exception {
        String host = request.getParameter("host");
        Runtime.getRuntime().exec("ping -c 1 " + host); // expect: SEC-COMMAND-INJECTION
    }

    void convert(HttpServletRequest request) throws Exception {
        String[] cmd = {"sh", "-c", "convert " + request.getParameter("file")};
        new ProcessBuilder(cmd).start(); // expect: SEC-COMMAND-INJECTION
    }

    void fromEnvironment() throws Exception {
        String tool = System.getenv("TOOL");
        Runtime.getRuntime().exec(tool); // expect: SEC-COMMAND-INJECTION
    }
}
