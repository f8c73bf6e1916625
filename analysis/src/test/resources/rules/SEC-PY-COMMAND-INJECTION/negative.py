import os
import subprocess


def convert(name):
    subprocess.run(["convert", name, "out.png"])
    subprocess.run("uptime", shell=True)
    os.system("sync")
    subprocess.check_output(["git", "log", "-1"], shell=False)
