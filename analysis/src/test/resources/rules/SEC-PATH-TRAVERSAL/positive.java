package fixture;

import java.io.File;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;

class Downloads {
    private final Path base = Paths.get("/srv/files");

    File file(HttpServletRequest request) {
        return new File("/srv/files", request.getParameter("name")); // expect: SEC-PATH-TRAVERSAL
    }

    byte[] read(HttpServletRequest request) throws Exception {
        String name = request.getParameter("name");
        return Files.readAllBytes(Paths.get("/srv/files/" + name)); // expect: SEC-PATH-TRAVERSAL
    }

    Path resolved(HttpServletRequest request) {
        String name = request.getHeader("X-File");
        return base.resolve(name); // expect: SEC-PATH-TRAVERSAL
    }

    FileInputStream open(HttpServletRequest request) throws Exception {
        return new FileInputStream(request.getParameter("path")); // expect: SEC-PATH-TRAVERSAL
    }
}
