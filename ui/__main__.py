from ui.application import main

raise SystemExit(main())
