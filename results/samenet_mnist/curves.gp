# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 3.87 3.87 3.87
2 3.02 3.02 3.02
3 2.75 2.75 2.75
4 2.91 2.91 2.91
5 2.29 2.29 2.29
6 2.19 2.19 2.19
7 2.31 2.31 2.31
8 2.42 2.42 2.42
9 2.17 2.17 2.17
10 1.95 1.95 1.95
11 1.94 1.94 1.94
12 1.91 1.91 1.91
13 1.97 1.97 1.97
14 1.96 1.96 1.96
15 1.81 1.81 1.81
16 1.76 1.76 1.76
17 1.52 1.52 1.52
18 1.86 1.86 1.86
19 1.87 1.87 1.87
20 1.56 1.56 1.56
21 1.5 1.5 1.5
22 1.51 1.51 1.51
23 1.44 1.44 1.44
24 1.44 1.44 1.44
25 1.46 1.46 1.46
26 1.46 1.46 1.46
27 1.45 1.45 1.45
28 1.44 1.44 1.44
29 1.45 1.45 1.45
30 1.45 1.45 1.45
31 1.45 1.45 1.45
32 1.45 1.45 1.45
33 1.45 1.45 1.45
34 1.45 1.45 1.45
35 1.45 1.45 1.45
36 1.45 1.45 1.45
37 1.45 1.45 1.45
38 1.45 1.45 1.45
39 1.45 1.45 1.45
40 1.45 1.45 1.45
41 1.45 1.45 1.45
42 1.45 1.45 1.45
43 1.45 1.45 1.45
44 1.45 1.45 1.45
45 1.45 1.45 1.45
46 1.45 1.45 1.45
47 1.45 1.45 1.45
48 1.45 1.45 1.45
49 1.45 1.45 1.45
50 1.45 1.45 1.45
EOD
$c0_1 << EOD
1 7.666 7.666 7.666
2 2.952 2.952 2.952
3 2.054 2.054 2.054
4 1.438 1.438 1.438
5 1.166 1.166 1.166
6 0.874 0.874 0.874
7 0.732 0.732 0.732
8 0.73 0.73 0.73
9 0.516 0.516 0.516
10 0.384 0.384 0.384
11 0.328 0.328 0.328
12 0.244 0.244 0.244
13 0.274 0.274 0.274
14 0.32 0.32 0.32
15 0.376 0.376 0.376
16 0.182 0.182 0.182
17 0.06 0.06 0.06
18 0.092 0.092 0.092
19 0.232 0.232 0.232
20 0.082 0.082 0.082
21 0.006 0.006 0.006
22 0 0 0
23 0 0 0
24 0 0 0
25 0 0 0
26 0 0 0
27 0 0 0
28 0 0 0
29 0 0 0
30 0 0 0
31 0 0 0
32 0 0 0
33 0 0 0
34 0 0 0
35 0 0 0
36 0 0 0
37 0 0 0
38 0 0 0
39 0 0 0
40 0 0 0
41 0 0 0
42 0 0 0
43 0 0 0
44 0 0 0
45 0 0 0
46 0 0 0
47 0 0 0
48 0 0 0
49 0 0 0
50 0 0 0
EOD
$c1_0 << EOD
1 6.53 6.53 6.53
2 7.32 7.32 7.32
3 4.51 4.51 4.51
4 4.85 4.85 4.85
5 3.8 3.8 3.8
6 3.8 3.8 3.8
7 2.89 2.89 2.89
8 2.89 2.89 2.89
9 2.76 2.76 2.76
10 3.09 3.09 3.09
11 2.79 2.79 2.79
12 2.69 2.69 2.69
13 2.35 2.35 2.35
14 2.38 2.38 2.38
15 2.1 2.1 2.1
16 2.37 2.37 2.37
17 2.09 2.09 2.09
18 2.52 2.52 2.52
19 2.38 2.38 2.38
20 2.36 2.36 2.36
21 2.26 2.26 2.26
22 2.15 2.15 2.15
23 2.18 2.18 2.18
24 2.05 2.05 2.05
25 2.25 2.25 2.25
26 2.05 2.05 2.05
27 2.15 2.15 2.15
28 2.03 2.03 2.03
29 1.79 1.79 1.79
30 1.86 1.86 1.86
31 1.92 1.92 1.92
32 1.81 1.81 1.81
33 1.73 1.73 1.73
34 1.68 1.68 1.68
35 1.73 1.73 1.73
36 1.81 1.81 1.81
37 1.65 1.65 1.65
38 1.71 1.71 1.71
39 1.67 1.67 1.67
40 1.7 1.7 1.7
41 1.59 1.59 1.59
42 1.56 1.56 1.56
43 1.58 1.58 1.58
44 1.55 1.55 1.55
45 1.59 1.59 1.59
46 1.57 1.57 1.57
47 1.64 1.64 1.64
48 1.59 1.59 1.59
49 1.59 1.59 1.59
50 1.59 1.59 1.59
EOD
$c1_1 << EOD
1 12.772 12.772 12.772
2 6.476 6.476 6.476
3 4.87 4.87 4.87
4 3.782 3.782 3.782
5 3.206 3.206 3.206
6 2.722 2.722 2.722
7 2.266 2.266 2.266
8 1.838 1.838 1.838
9 1.69 1.69 1.69
10 1.568 1.568 1.568
11 1.298 1.298 1.298
12 1.108 1.108 1.108
13 1.134 1.134 1.134
14 0.952 0.952 0.952
15 0.79 0.79 0.79
16 0.782 0.782 0.782
17 0.658 0.658 0.658
18 0.64 0.64 0.64
19 0.582 0.582 0.582
20 0.516 0.516 0.516
21 0.436 0.436 0.436
22 0.424 0.424 0.424
23 0.348 0.348 0.348
24 0.3 0.3 0.3
25 0.28 0.28 0.28
26 0.26 0.26 0.26
27 0.254 0.254 0.254
28 0.148 0.148 0.148
29 0.15 0.15 0.15
30 0.1 0.1 0.1
31 0.072 0.072 0.072
32 0.062 0.062 0.062
33 0.052 0.052 0.052
34 0.028 0.028 0.028
35 0.024 0.024 0.024
36 0.02 0.02 0.02
37 0.016 0.016 0.016
38 0.004 0.004 0.004
39 0.002 0.002 0.002
40 0 0 0
41 0 0 0
42 0.002 0.002 0.002
43 0.002 0.002 0.002
44 0 0 0
45 0 0 0
46 0 0 0
47 0 0 0
48 0 0 0
49 0 0 0
50 0 0 0
EOD
$c2_0 << EOD
1 12.33 12.33 12.33
2 6.31 6.31 6.31
3 8.63 8.63 8.63
4 11.55 11.55 11.55
5 7.88 7.88 7.88
6 5.43 5.43 5.43
7 4.51 4.51 4.51
8 5.67 5.67 5.67
9 5.2 5.2 5.2
10 4.79 4.79 4.79
11 4.32 4.32 4.32
12 3.93 3.93 3.93
13 3.9 3.9 3.9
14 5.18 5.18 5.18
15 4.13 4.13 4.13
16 3 3 3
17 3.3 3.3 3.3
18 3.62 3.62 3.62
19 2.89 2.89 2.89
20 3.73 3.73 3.73
21 3.63 3.63 3.63
22 3.06 3.06 3.06
23 3 3 3
24 2.9 2.9 2.9
25 2.8 2.8 2.8
26 2.86 2.86 2.86
27 2.98 2.98 2.98
28 2.95 2.95 2.95
29 2.46 2.46 2.46
30 2.11 2.11 2.11
31 2.07 2.07 2.07
32 2 2 2
33 1.84 1.84 1.84
34 1.69 1.69 1.69
35 1.82 1.82 1.82
36 1.68 1.68 1.68
37 1.71 1.71 1.71
38 1.72 1.72 1.72
39 1.67 1.67 1.67
40 1.76 1.76 1.76
41 1.74 1.74 1.74
42 1.72 1.72 1.72
43 1.75 1.75 1.75
44 1.71 1.71 1.71
45 1.71 1.71 1.71
46 1.71 1.71 1.71
47 1.73 1.73 1.73
48 1.72 1.72 1.72
49 1.73 1.73 1.73
50 1.73 1.73 1.73
EOD
$c2_1 << EOD
1 13.622 13.622 13.622
2 7.424 7.424 7.424
3 5.726 5.726 5.726
4 5.012 5.012 5.012
5 4.386 4.386 4.386
6 3.68 3.68 3.68
7 3.218 3.218 3.218
8 3.122 3.122 3.122
9 3.04 3.04 3.04
10 3.048 3.048 3.048
11 2.496 2.496 2.496
12 2.258 2.258 2.258
13 2.34 2.34 2.34
14 2.16 2.16 2.16
15 1.716 1.716 1.716
16 1.646 1.646 1.646
17 1.462 1.462 1.462
18 1.536 1.536 1.536
19 1.474 1.474 1.474
20 1.434 1.434 1.434
21 1.222 1.222 1.222
22 1.472 1.472 1.472
23 1.492 1.492 1.492
24 1.37 1.37 1.37
25 1.168 1.168 1.168
26 1.014 1.014 1.014
27 0.944 0.944 0.944
28 0.946 0.946 0.946
29 0.726 0.726 0.726
30 0.538 0.538 0.538
31 0.496 0.496 0.496
32 0.368 0.368 0.368
33 0.346 0.346 0.346
34 0.254 0.254 0.254
35 0.222 0.222 0.222
36 0.19 0.19 0.19
37 0.176 0.176 0.176
38 0.14 0.14 0.14
39 0.122 0.122 0.122
40 0.128 0.128 0.128
41 0.138 0.138 0.138
42 0.132 0.132 0.132
43 0.126 0.126 0.126
44 0.116 0.116 0.116
45 0.126 0.126 0.126
46 0.112 0.112 0.112
47 0.118 0.118 0.118
48 0.118 0.118 0.118
49 0.112 0.112 0.112
50 0.112 0.112 0.112
EOD
$c3_0 << EOD
1 6.43 6.43 6.43
2 4.58 4.58 4.58
3 5.01 5.01 5.01
4 4.35 4.35 4.35
5 3.28 3.28 3.28
6 3.11 3.11 3.11
7 3.29 3.29 3.29
8 2.95 2.95 2.95
9 3.14 3.14 3.14
10 2.88 2.88 2.88
11 2.7 2.7 2.7
12 2.55 2.55 2.55
13 2.99 2.99 2.99
14 3.26 3.26 3.26
15 2.5 2.5 2.5
16 2.86 2.86 2.86
17 2.15 2.15 2.15
18 2.58 2.58 2.58
19 2.69 2.69 2.69
20 2.49 2.49 2.49
21 2.8 2.8 2.8
22 2.87 2.87 2.87
23 2.5 2.5 2.5
24 2.83 2.83 2.83
25 3.06 3.06 3.06
26 3.35 3.35 3.35
27 2.62 2.62 2.62
28 3.42 3.42 3.42
29 3 3 3
30 2.26 2.26 2.26
31 1.91 1.91 1.91
32 1.99 1.99 1.99
33 1.92 1.92 1.92
34 1.86 1.86 1.86
35 1.79 1.79 1.79
36 1.79 1.79 1.79
37 1.78 1.78 1.78
38 1.77 1.77 1.77
39 1.76 1.76 1.76
40 1.77 1.77 1.77
41 1.77 1.77 1.77
42 1.77 1.77 1.77
43 1.77 1.77 1.77
44 1.77 1.77 1.77
45 1.77 1.77 1.77
46 1.77 1.77 1.77
47 1.77 1.77 1.77
48 1.76 1.76 1.76
49 1.76 1.76 1.76
50 1.76 1.76 1.76
EOD
$c3_1 << EOD
1 10.526 10.526 10.526
2 4.726 4.726 4.726
3 3.67 3.67 3.67
4 3.016 3.016 3.016
5 2.494 2.494 2.494
6 2.126 2.126 2.126
7 2.04 2.04 2.04
8 1.536 1.536 1.536
9 1.41 1.41 1.41
10 1.36 1.36 1.36
11 0.958 0.958 0.958
12 1.076 1.076 1.076
13 1.168 1.168 1.168
14 1.08 1.08 1.08
15 0.996 0.996 0.996
16 0.88 0.88 0.88
17 0.832 0.832 0.832
18 0.75 0.75 0.75
19 0.624 0.624 0.624
20 0.538 0.538 0.538
21 0.84 0.84 0.84
22 1.078 1.078 1.078
23 1.162 1.162 1.162
24 1.18 1.18 1.18
25 1.004 1.004 1.004
26 1.766 1.766 1.766
27 1.312 1.312 1.312
28 0.96 0.96 0.96
29 0.93 0.93 0.93
30 0.734 0.734 0.734
31 0.314 0.314 0.314
32 0.13 0.13 0.13
33 0.08 0.08 0.08
34 0.032 0.032 0.032
35 0.022 0.022 0.022
36 0.014 0.014 0.014
37 0.004 0.004 0.004
38 0.002 0.002 0.002
39 0.002 0.002 0.002
40 0.002 0.002 0.002
41 0 0 0
42 0 0 0
43 0 0 0
44 0 0 0
45 0 0 0
46 0 0 0
47 0 0 0
48 0 0 0
49 0 0 0
50 0 0 0
EOD
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xrange [0:51]
set logscale y
set yrange [0.1:20]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_mnist: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '1\_bp', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '2\_ff', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '3\_symba', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title '4\_local\_head', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xrange [0:51]
set logscale y
set yrange [0.1:20]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_mnist: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '1\_bp', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '2\_ff', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '3\_symba', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title '4\_local\_head', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pdfcairo size 3.5in,3.2in font 'Helvetica,6' linewidth 0.6
set output 'curves.pdf'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xrange [0:51]
set logscale y
set yrange [0.1:20]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set bmargin
set title 'samenet\_mnist: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '1\_bp', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '2\_ff', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '3\_symba', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title '4\_local\_head', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
