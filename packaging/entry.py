"""Entry point of the frozen app: the same command line as `studyapp`."""

from studyapp.cli import entry

if __name__ == "__main__":
    entry()
