from siyaq.cli.main import main

main()
