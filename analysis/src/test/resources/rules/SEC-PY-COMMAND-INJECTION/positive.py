import os
import subprocess


def convert(name):
    subprocess.run(f"convert {name} out.png", shell=True)  # expect: SEC-PY-COMMAND-INJECTION
    os.system("rm -rf /tmp/" + name)  # expect: SEC-PY-COMMAND-INJECTION
    cmd = "tar xf " + name
    subprocess.Popen(cmd, shell=True)  # expect: SEC-PY-COMMAND-INJECTION
