# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
1 56.3933 49.31
2 45.3178 45.23
3 39.6889 44.16
4 35.2111 42.13
5 31.6333 42.35
6 28.2511 41.43
7 24.7689 40.52
8 21.8733 41.38
9 19.1 40.7
10 16.5 40.91
11 13.6844 40.36
12 10.9933 41.2
13 8.9822 39.76
14 6.7933 39.7
15 5.0711 40.22
16 3.4622 39.12
17 2.3022 39.14
18 1.4444 39.57
19 0.7422 38.82
20 0.3467 38.74
21 0.1933 38.26
22 0.08 38.35
23 0.02 38.02
24 0.0178 38.26
25 0.0044 37.93
26 0.0022 37.95
27 0.0022 37.75
28 0 37.86
29 0 37.95
30 0 37.87
31 0 37.87
32 0 37.79
33 0 37.85
34 0 37.87
35 0 38.02
36 0 37.95
37 0 37.72
38 0 37.97
39 0 38.03
40 0 37.75
41 0 37.91
42 0 37.87
43 0 37.78
44 0 37.97
45 0 37.9
46 0 37.86
47 0 37.9
48 0 38.02
49 0 37.93
50 0 37.94
51 0 37.98
52 0 37.89
53 0 38.02
54 0 37.97
55 0 37.97
56 0 37.99
57 0 37.84
58 0 37.89
59 0 37.88
60 0 37.93
EOD
$run1 << EOD
1 65.26 60.21
2 52.33 53.46
3 45.38 53.45
4 40.39 52.51
5 36.36 51.3
6 31.75 51.52
7 26.59 50.42
8 21.31 49.63
9 17.45 48.88
10 14.32 48.82
EOD
$run2 << EOD
1 57.9644 50.84
2 46.7978 46.28
3 40.8711 44.44
4 36.3711 43.3
5 32.8822 43.25
6 28.7311 41.76
7 25.3511 42.4
8 21.7489 41.97
9 18.6644 41.89
10 15.4978 41.51
11 12.2644 41.17
12 10.1444 40.86
13 7.9311 41.5
14 5.8111 41.19
15 4.1822 40.54
16 2.9622 40.95
17 1.3289 40.08
18 0.7556 39.74
19 0.2089 39.17
20 0.0578 38.81
21 0.0222 39.02
22 0.0044 38.7
23 0 38.76
24 0 38.61
25 0 38.66
26 0 38.82
27 0 38.79
28 0 38.67
29 0 38.69
30 0 38.78
31 0 38.64
32 0 38.83
33 0 38.8
34 0 38.89
35 0 38.8
36 0 38.72
37 0 38.81
38 0 38.8
39 0 38.72
40 0 38.79
41 0 38.82
42 0 38.78
43 0 38.79
44 0 38.79
45 0 38.65
46 0 38.75
47 0 38.76
48 0 38.7
49 0 38.81
50 0 38.67
51 0 38.7
52 0 38.76
53 0 38.72
54 0 38.78
55 0 38.78
56 0 38.81
57 0 38.71
58 0 38.76
59 0 38.74
60 0 38.74
EOD
$run3 << EOD
1 68.01 62.97
2 55.1 56.24
3 48.81 54.06
4 43.54 53.16
5 39.72 52.18
6 34.06 52.11
7 28.87 50.18
8 22.95 49.8
9 18.93 49.15
10 15.21 48.93
EOD
$run4 << EOD
1 72.53 NaN
2 65.13 NaN
3 62.52 NaN
4 59.08 NaN
5 55.89 NaN
6 54.84 NaN
7 48.81 NaN
8 43.11 NaN
9 36.16 NaN
10 27.41 53.81
EOD
$run5 << EOD
1 76.57 NaN
2 68.56 NaN
3 63.59 NaN
4 62.76 NaN
5 60.68 NaN
6 58.28 NaN
7 54.77 NaN
8 47.53 NaN
9 41.54 NaN
10 32.07 54.72
EOD
$run6 << EOD
1 67.6444 NaN
2 62.2356 NaN
3 59.0133 NaN
4 57.5689 NaN
5 55.4244 NaN
6 54.4089 NaN
7 52.6756 NaN
8 51.86 NaN
9 50.9089 NaN
10 50.0711 NaN
11 49.6911 NaN
12 48.5422 NaN
13 48.0867 NaN
14 46.6689 NaN
15 46.5044 NaN
16 45.6133 NaN
17 44.8111 NaN
18 44.3333 NaN
19 43.5689 NaN
20 43.6733 NaN
21 42.4067 NaN
22 41.5267 NaN
23 42.3578 NaN
24 41.0333 NaN
25 40.3267 NaN
26 39.8111 NaN
27 39.7978 NaN
28 38.5933 NaN
29 38.5756 NaN
30 38.1111 NaN
31 37.7622 NaN
32 36.1711 NaN
33 34.5978 NaN
34 34.0911 NaN
35 33.0378 NaN
36 30.68 NaN
37 30.6378 NaN
38 29.5911 NaN
39 27.9467 NaN
40 26 NaN
41 25.08 NaN
42 23.8511 NaN
43 23.2289 NaN
44 21.1711 NaN
45 19.68 NaN
46 18.3467 NaN
47 17.6778 NaN
48 15.7511 NaN
49 14.7844 NaN
50 13.3244 NaN
51 12.5844 NaN
52 11.4222 NaN
53 10.0578 NaN
54 9.1467 NaN
55 7.96 NaN
56 7.14 NaN
57 6.4578 NaN
58 5.4756 NaN
59 4.7133 NaN
60 4.2222 40.55
EOD
$run7 << EOD
1 73.01 NaN
2 63.8 NaN
3 59.47 NaN
4 59.16 NaN
5 56.83 NaN
6 54.95 NaN
7 48.57 NaN
8 42.54 NaN
9 35.3 NaN
10 27.09 52.76
EOD
$run8 << EOD
1 76.36 NaN
2 69.22 NaN
3 64.13 NaN
4 63.27 NaN
5 60.82 NaN
6 59.07 NaN
7 54.51 NaN
8 48.96 NaN
9 43.18 NaN
10 33.47 54.17
EOD
set title "cifar10: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "bp\\_2\\_hidden test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "bp\\_2\\_hidden train", \
     $run1 using 1:3 with linespoints lc 2 pt 7 ps 0.5 title "bp\\_2\\_hidden\\_reduced test", $run1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 2 title "bp\\_2\\_hidden\\_reduced train", \
     $run2 using 1:3 with linespoints lc 3 pt 7 ps 0.5 title "bp\\_3\\_hidden test", $run2 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 3 title "bp\\_3\\_hidden train", \
     $run3 using 1:3 with linespoints lc 4 pt 7 ps 0.5 title "bp\\_3\\_hidden\\_reduced test", $run3 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 4 title "bp\\_3\\_hidden\\_reduced train", \
     $run4 using 1:3 with linespoints lc 5 pt 7 ps 0.5 title "ff\\_max\\_ssq\\_2\\_hidden\\_reduced test", $run4 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 5 title "ff\\_max\\_ssq\\_2\\_hidden\\_reduced train", \
     $run5 using 1:3 with linespoints lc 6 pt 7 ps 0.5 title "ff\\_max\\_ssq\\_3\\_hidden\\_reduced test", $run5 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 6 title "ff\\_max\\_ssq\\_3\\_hidden\\_reduced train", \
     $run6 using 1:3 with linespoints lc 7 pt 7 ps 0.5 title "ff\\_min\\_ssq\\_2\\_hidden test", $run6 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 7 title "ff\\_min\\_ssq\\_2\\_hidden train", \
     $run7 using 1:3 with linespoints lc 8 pt 7 ps 0.5 title "ff\\_min\\_ssq\\_2\\_hidden\\_reduced test", $run7 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 8 title "ff\\_min\\_ssq\\_2\\_hidden\\_reduced train", \
     $run8 using 1:3 with linespoints lc 9 pt 7 ps 0.5 title "ff\\_min\\_ssq\\_3\\_hidden\\_reduced test", $run8 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 9 title "ff\\_min\\_ssq\\_3\\_hidden\\_reduced train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
