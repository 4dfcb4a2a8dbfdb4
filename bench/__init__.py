"""`python -m bench` (`make bench`): seed a studio-sized database, load the API, compare to raw asyncpg."""
