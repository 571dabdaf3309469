from bodymap.cli import main

raise SystemExit(main())
