from veille.cli import main

main()
