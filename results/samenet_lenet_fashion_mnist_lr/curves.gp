# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 16.18 16.18 16.18
2 14.03 14.03 14.03
3 13.37 13.37 13.37
4 12.41 12.41 12.41
5 11.38 11.38 11.38
6 11.63 11.63 11.63
7 10.94 10.94 10.94
8 10.65 10.65 10.65
9 10.68 10.68 10.68
10 10.34 10.34 10.34
EOD
$c0_1 << EOD
1 24.73 24.73 24.73
2 15.176 15.176 15.176
3 13.106 13.106 13.106
4 12.086 12.086 12.086
5 11.41 11.41 11.41
6 10.708 10.708 10.708
7 10.032 10.032 10.032
8 9.468 9.468 9.468
9 8.818 8.818 8.818
10 8.408 8.408 8.408
EOD
$c1_0 << EOD
1 14.04 14.04 14.04
2 12.88 12.88 12.88
3 12.08 12.08 12.08
4 10.66 10.66 10.66
5 11.04 11.04 11.04
6 10.2 10.2 10.2
7 10.18 10.18 10.18
8 9.71 9.71 9.71
9 9.64 9.64 9.64
10 9.38 9.38 9.38
EOD
$c1_1 << EOD
1 21.736 21.736 21.736
2 13.306 13.306 13.306
3 11.714 11.714 11.714
4 10.832 10.832 10.832
5 10.244 10.244 10.244
6 9.636 9.636 9.636
7 8.772 8.772 8.772
8 7.934 7.934 7.934
9 7.102 7.102 7.102
10 6.22 6.22 6.22
EOD
$c2_0 << EOD
1 14.84 14.84 14.84
2 13.69 13.69 13.69
3 14.89 14.89 14.89
4 14.61 14.61 14.61
5 12.5 12.5 12.5
6 13.97 13.97 13.97
7 11.9 11.9 11.9
8 11.4 11.4 11.4
9 11.11 11.11 11.11
10 10.54 10.54 10.54
EOD
$c2_1 << EOD
1 22.696 22.696 22.696
2 15.096 15.096 15.096
3 13.906 13.906 13.906
4 13.24 13.24 13.24
5 13.03 13.03 13.03
6 12.088 12.088 12.088
7 11.09 11.09 11.09
8 10.282 10.282 10.282
9 9.028 9.028 9.028
10 8.196 8.196 8.196
EOD
$c3_0 << EOD
1 44.87 44.87 44.87
2 35.37 35.37 35.37
3 31.55 31.55 31.55
4 29.15 29.15 29.15
5 27.44 27.44 27.44
6 26.8 26.8 26.8
7 26.43 26.43 26.43
8 25.48 25.48 25.48
9 25.23 25.23 25.23
10 24.98 24.98 24.98
EOD
$c3_1 << EOD
1 66.464 66.464 66.464
2 39.56 39.56 39.56
3 32.886 32.886 32.886
4 29.564 29.564 29.564
5 28.1 28.1 28.1
6 27.252 27.252 27.252
7 26.386 26.386 26.386
8 25.732 25.732 25.732
9 25.354 25.354 25.354
10 25.01 25.01 25.01
EOD
$c4_0 << EOD
1 33.96 33.96 33.96
2 28.68 28.68 28.68
3 26.02 26.02 26.02
4 23.58 23.58 23.58
5 24.42 24.42 24.42
6 21.44 21.44 21.44
7 20.36 20.36 20.36
8 20.28 20.28 20.28
9 18.76 18.76 18.76
10 18.48 18.48 18.48
EOD
$c4_1 << EOD
1 49.434 49.434 49.434
2 29.944 29.944 29.944
3 26.91 26.91 26.91
4 25.156 25.156 25.156
5 23.262 23.262 23.262
6 22.402 22.402 22.402
7 20.98 20.98 20.98
8 19.948 19.948 19.948
9 19.128 19.128 19.128
10 18.594 18.594 18.594
EOD
$c5_0 << EOD
1 34.05 34.05 34.05
2 49.56 49.56 49.56
3 34.84 34.84 34.84
4 26.73 26.73 26.73
5 42.55 42.55 42.55
6 31.03 31.03 31.03
7 41.58 41.58 41.58
8 32 32 32
9 25.31 25.31 25.31
10 31.49 31.49 31.49
EOD
$c5_1 << EOD
1 46.304 46.304 46.304
2 39.63 39.63 39.63
3 40.032 40.032 40.032
4 40.272 40.272 40.272
5 34.928 34.928 34.928
6 34.088 34.088 34.088
7 31.862 31.862 31.862
8 29.364 29.364 29.364
9 26.646 26.646 26.646
10 24.348 24.348 24.348
EOD
$c6_0 << EOD
1 59.42 59.42 59.42
2 35.13 35.13 35.13
3 39.17 39.17 39.17
4 46.66 46.66 46.66
5 29.32 29.32 29.32
6 30.13 30.13 30.13
7 20.54 20.54 20.54
8 38.09 38.09 38.09
9 28 28 28
10 20.11 20.11 20.11
EOD
$c6_1 << EOD
1 60.632 60.632 60.632
2 46.104 46.104 46.104
3 36.684 36.684 36.684
4 33.552 33.552 33.552
5 33.142 33.142 33.142
6 32.1 32.1 32.1
7 29.196 29.196 29.196
8 27.038 27.038 27.038
9 25.036 25.036 25.036
10 22.908 22.908 22.908
EOD
$c7_0 << EOD
1 42.06 42.06 42.06
2 35.56 35.56 35.56
3 29.36 29.36 29.36
4 27.63 27.63 27.63
5 26 26 26
6 25.17 25.17 25.17
7 24.81 24.81 24.81
8 24.35 24.35 24.35
9 23.99 23.99 23.99
10 23.71 23.71 23.71
EOD
$c7_1 << EOD
1 64.906 64.906 64.906
2 39.164 39.164 39.164
3 31.286 31.286 31.286
4 28.148 28.148 28.148
5 26.838 26.838 26.838
6 25.66 25.66 25.66
7 24.672 24.672 24.672
8 24.134 24.134 24.134
9 23.744 23.744 23.744
10 23.424 23.424 23.424
EOD
$c8_0 << EOD
1 31.54 31.54 31.54
2 25.76 25.76 25.76
3 23.32 23.32 23.32
4 22.68 22.68 22.68
5 20.59 20.59 20.59
6 20.43 20.43 20.43
7 19.71 19.71 19.71
8 19.52 19.52 19.52
9 19.14 19.14 19.14
10 19.02 19.02 19.02
EOD
$c8_1 << EOD
1 50.222 50.222 50.222
2 28.37 28.37 28.37
3 25.118 25.118 25.118
4 22.902 22.902 22.902
5 21.356 21.356 21.356
6 20.446 20.446 20.446
7 19.884 19.884 19.884
8 19.634 19.634 19.634
9 19.59 19.59 19.59
10 19.34 19.34 19.34
EOD
$c9_0 << EOD
1 26.02 26.02 26.02
2 21.8 21.8 21.8
3 20.84 20.84 20.84
4 19.9 19.9 19.9
5 19.24 19.24 19.24
6 19.06 19.06 19.06
7 19.26 19.26 19.26
8 18.97 18.97 18.97
9 18.89 18.89 18.89
10 19.05 19.05 19.05
EOD
$c9_1 << EOD
1 40.778 40.778 40.778
2 24.074 24.074 24.074
3 21.33 21.33 21.33
4 20.234 20.234 20.234
5 19.886 19.886 19.886
6 19.554 19.554 19.554
7 19.148 19.148 19.148
8 19.07 19.07 19.07
9 18.644 18.644 18.644
10 18.46 18.46 18.46
EOD
$c10_0 << EOD
1 27.49 27.49 27.49
2 22.02 22.02 22.02
3 20.84 20.84 20.84
4 21.02 21.02 21.02
5 20.44 20.44 20.44
6 20.11 20.11 20.11
7 20.78 20.78 20.78
8 21.43 21.43 21.43
9 19.27 19.27 19.27
10 19.39 19.39 19.39
EOD
$c10_1 << EOD
1 41.43 41.43 41.43
2 24.534 24.534 24.534
3 22.554 22.554 22.554
4 21.434 21.434 21.434
5 20.574 20.574 20.574
6 20.756 20.756 20.756
7 19.972 19.972 19.972
8 19.724 19.724 19.724
9 19.114 19.114 19.114
10 18.838 18.838 18.838
EOD
$c11_0 << EOD
1 34.71 34.71 34.71
2 27.62 27.62 27.62
3 25.53 25.53 25.53
4 22.68 22.68 22.68
5 21.51 21.51 21.51
6 20.85 20.85 20.85
7 20.23 20.23 20.23
8 19.84 19.84 19.84
9 19.08 19.08 19.08
10 19.16 19.16 19.16
EOD
$c11_1 << EOD
1 51.378 51.378 51.378
2 30.806 30.806 30.806
3 26.566 26.566 26.566
4 23.818 23.818 23.818
5 22.488 22.488 22.488
6 21.224 21.224 21.224
7 20.254 20.254 20.254
8 19.648 19.648 19.648
9 19.124 19.124 19.124
10 18.82 18.82 18.82
EOD
$c12_0 << EOD
1 28.27 28.27 28.27
2 22.67 22.67 22.67
3 23.71 23.71 23.71
4 21.42 21.42 21.42
5 20.65 20.65 20.65
6 20.09 20.09 20.09
7 18.88 18.88 18.88
8 18.77 18.77 18.77
9 17.24 17.24 17.24
10 16.42 16.42 16.42
EOD
$c12_1 << EOD
1 40.564 40.564 40.564
2 25.558 25.558 25.558
3 22.696 22.696 22.696
4 21.862 21.862 21.862
5 21.876 21.876 21.876
6 21.708 21.708 21.708
7 20.116 20.116 20.116
8 18.604 18.604 18.604
9 17.434 17.434 17.434
10 16.2 16.2 16.2
EOD
$c13_0 << EOD
1 55.63 55.63 55.63
2 50.54 50.54 50.54
3 42.44 42.44 42.44
4 34.01 34.01 34.01
5 43.67 43.67 43.67
6 29.37 29.37 29.37
7 28.26 28.26 28.26
8 36.84 36.84 36.84
9 29.59 29.59 29.59
10 29.64 29.64 29.64
EOD
$c13_1 << EOD
1 58.35 58.35 58.35
2 45.854 45.854 45.854
3 44.256 44.256 44.256
4 42.53 42.53 42.53
5 39.158 39.158 39.158
6 38.002 38.002 38.002
7 34.238 34.238 34.238
8 32.028 32.028 32.028
9 29.288 29.288 29.288
10 26.398 26.398 26.398
EOD
$c14_0 << EOD
1 84.25 84.25 84.25
2 79.62 79.62 79.62
3 79.55 79.55 79.55
4 76.32 76.32 76.32
5 84.51 84.51 84.51
6 64.88 64.88 64.88
7 59.8 59.8 59.8
8 72.31 72.31 72.31
9 56.66 56.66 56.66
10 61.63 61.63 61.63
EOD
$c14_1 << EOD
1 26.272 26.272 26.272
2 24.35 24.35 24.35
3 21.392 21.392 21.392
4 20.616 20.616 20.616
5 19.644 19.644 19.644
6 19.254 19.254 19.254
7 19.17 19.17 19.17
8 18.562 18.562 18.562
9 18.236 18.236 18.236
10 18.724 18.724 18.724
EOD
$c15_0 << EOD
1 84.25 84.25 84.25
2 79.62 79.62 79.62
3 79.55 79.55 79.55
4 76.32 76.32 76.32
5 84.51 84.51 84.51
6 75.26 75.26 75.26
7 64.51 64.51 64.51
8 68.3 68.3 68.3
9 61.46 61.46 61.46
10 63.56 63.56 63.56
EOD
$c15_1 << EOD
1 26.272 26.272 26.272
2 24.35 24.35 24.35
3 21.392 21.392 21.392
4 20.616 20.616 20.616
5 19.644 19.644 19.644
6 18.844 18.844 18.844
7 18.472 18.472 18.472
8 17.802 17.802 17.802
9 17.066 17.066 17.066
10 16.86 16.86 16.86
EOD
$c16_0 << EOD
1 85.28 85.28 85.28
2 72.91 72.91 72.91
3 69.43 69.43 69.43
4 74.1 74.1 74.1
5 57.47 57.47 57.47
6 77.55 77.55 77.55
7 46.24 46.24 46.24
8 56.73 56.73 56.73
9 56.1 56.1 56.1
10 37.95 37.95 37.95
EOD
$c16_1 << EOD
1 28.434 28.434 28.434
2 22.394 22.394 22.394
3 19.7 19.7 19.7
4 19.604 19.604 19.604
5 17.822 17.822 17.822
6 18.76 18.76 18.76
7 17.486 17.486 17.486
8 17.554 17.554 17.554
9 17.436 17.436 17.436
10 17.582 17.582 17.582
EOD
$c17_0 << EOD
1 85.28 85.28 85.28
2 72.91 72.91 72.91
3 69.43 69.43 69.43
4 74.1 74.1 74.1
5 57.47 57.47 57.47
6 44.76 44.76 44.76
7 49.85 49.85 49.85
8 45.57 45.57 45.57
9 39.35 39.35 39.35
10 38.92 38.92 38.92
EOD
$c17_1 << EOD
1 28.434 28.434 28.434
2 22.394 22.394 22.394
3 19.7 19.7 19.7
4 19.604 19.604 19.604
5 17.822 17.822 17.822
6 15.488 15.488 15.488
7 14.758 14.758 14.758
8 14.272 14.272 14.272
9 13.824 13.824 13.824
10 13.324 13.324 13.324
EOD
$c18_0 << EOD
1 67.31 67.31 67.31
2 78.72 78.72 78.72
3 73.36 73.36 73.36
4 65.46 65.46 65.46
5 88.05 88.05 88.05
6 78.44 78.44 78.44
7 76.76 76.76 76.76
8 68.04 68.04 68.04
9 65.74 65.74 65.74
10 68.56 68.56 68.56
EOD
$c18_1 << EOD
1 31.986 31.986 31.986
2 29.83 29.83 29.83
3 43.59 43.59 43.59
4 47.234 47.234 47.234
5 46.686 46.686 46.686
6 47.056 47.056 47.056
7 48.07 48.07 48.07
8 36.23 36.23 36.23
9 25.43 25.43 25.43
10 22.244 22.244 22.244
EOD
$c19_0 << EOD
1 67.31 67.31 67.31
2 78.72 78.72 78.72
3 73.36 73.36 73.36
4 65.46 65.46 65.46
5 88.05 88.05 88.05
6 58.98 58.98 58.98
7 55.37 55.37 55.37
8 56.59 56.59 56.59
9 54.7 54.7 54.7
10 51.43 51.43 51.43
EOD
$c19_1 << EOD
1 31.986 31.986 31.986
2 29.83 29.83 29.83
3 43.59 43.59 43.59
4 47.234 47.234 47.234
5 46.686 46.686 46.686
6 34.614 34.614 34.614
7 29.46 29.46 29.46
8 28.19 28.19 28.19
9 26.862 26.862 26.862
10 26.03 26.03 26.03
EOD
$c20_0 << EOD
1 16.19 16.19 16.19
2 15.01 15.01 15.01
3 13.62 13.62 13.62
4 12.63 12.63 12.63
5 12.43 12.43 12.43
6 11.91 11.91 11.91
7 11.06 11.06 11.06
8 11.48 11.48 11.48
9 10.46 10.46 10.46
10 10.23 10.23 10.23
EOD
$c20_1 << EOD
1 28.738 28.738 28.738
2 16.082 16.082 16.082
3 13.982 13.982 13.982
4 12.85 12.85 12.85
5 12.226 12.226 12.226
6 11.56 11.56 11.56
7 10.896 10.896 10.896
8 10.274 10.274 10.274
9 9.644 9.644 9.644
10 9.236 9.236 9.236
EOD
$c21_0 << EOD
1 15.2 15.2 15.2
2 13.4 13.4 13.4
3 13.71 13.71 13.71
4 14.2 14.2 14.2
5 10.83 10.83 10.83
6 10.72 10.72 10.72
7 10.55 10.55 10.55
8 10.57 10.57 10.57
9 10.34 10.34 10.34
10 10.01 10.01 10.01
EOD
$c21_1 << EOD
1 24.992 24.992 24.992
2 14.378 14.378 14.378
3 13.144 13.144 13.144
4 11.896 11.896 11.896
5 11.182 11.182 11.182
6 10.642 10.642 10.642
7 9.658 9.658 9.658
8 8.886 8.886 8.886
9 8.002 8.002 8.002
10 7.15 7.15 7.15
EOD
$c22_0 << EOD
1 15.63 15.63 15.63
2 15.28 15.28 15.28
3 15.11 15.11 15.11
4 15.8 15.8 15.8
5 13.96 13.96 13.96
6 14.66 14.66 14.66
7 13.99 13.99 13.99
8 12.55 12.55 12.55
9 12.38 12.38 12.38
10 11.97 11.97 11.97
EOD
$c22_1 << EOD
1 24.554 24.554 24.554
2 16.15 16.15 16.15
3 15.318 15.318 15.318
4 14.496 14.496 14.496
5 14.094 14.094 14.094
6 13.672 13.672 13.672
7 12.704 12.704 12.704
8 11.428 11.428 11.428
9 10.136 10.136 10.136
10 9.018 9.018 9.018
EOD
$c23_0 << EOD
1 85.18 85.18 85.18
2 70.32 70.32 70.32
3 60.48 60.48 60.48
4 55.88 55.88 55.88
5 52.2 52.2 52.2
6 49.71 49.71 49.71
7 47.96 47.96 47.96
8 46.74 46.74 46.74
9 46.14 46.14 46.14
10 45.88 45.88 45.88
EOD
$c23_1 << EOD
1 89.626 89.626 89.626
2 77.714 77.714 77.714
3 64.922 64.922 64.922
4 57.934 57.934 57.934
5 54.244 54.244 54.244
6 51.348 51.348 51.348
7 48.904 48.904 48.904
8 47.786 47.786 47.786
9 46.988 46.988 46.988
10 46.396 46.396 46.396
EOD
$c24_0 << EOD
1 60.32 60.32 60.32
2 50.82 50.82 50.82
3 44.49 44.49 44.49
4 43.46 43.46 43.46
5 40.32 40.32 40.32
6 39.77 39.77 39.77
7 38.44 38.44 38.44
8 38.85 38.85 38.85
9 37.67 37.67 37.67
10 38.81 38.81 38.81
EOD
$c24_1 << EOD
1 77.82 77.82 77.82
2 54.512 54.512 54.512
3 47.712 47.712 47.712
4 43.716 43.716 43.716
5 41.402 41.402 41.402
6 39.846 39.846 39.846
7 39.112 39.112 39.112
8 38.81 38.81 38.81
9 38.432 38.432 38.432
10 38.214 38.214 38.214
EOD
$c25_0 << EOD
1 44.19 44.19 44.19
2 39.33 39.33 39.33
3 42.14 42.14 42.14
4 61.07 61.07 61.07
5 90.02 90.02 90.02
6 90.09 90.09 90.09
EOD
$c25_1 << EOD
1 59.606 59.606 59.606
2 41.812 41.812 41.812
3 40.97 40.97 40.97
4 46.708 46.708 46.708
5 87.794 87.794 87.794
6 89.968 89.968 89.968
EOD
$c26_0 << EOD
1 42.99 42.99 42.99
2 37.89 37.89 37.89
3 34.51 34.51 34.51
4 34.11 34.11 34.11
5 32.87 32.87 32.87
6 32.19 32.19 32.19
7 31.51 31.51 31.51
8 31.68 31.68 31.68
9 31.26 31.26 31.26
10 31.05 31.05 31.05
EOD
$c26_1 << EOD
1 58.844 58.844 58.844
2 40.062 40.062 40.062
3 36.12 36.12 36.12
4 34.386 34.386 34.386
5 33.352 33.352 33.352
6 32.508 32.508 32.508
7 32.054 32.054 32.054
8 31.598 31.598 31.598
9 31.43 31.43 31.43
10 31.202 31.202 31.202
EOD
$c27_0 << EOD
1 35.41 35.41 35.41
2 32.08 32.08 32.08
3 32.04 32.04 32.04
4 30.93 30.93 30.93
5 29.3 29.3 29.3
6 29.9 29.9 29.9
7 30.07 30.07 30.07
8 30.71 30.71 30.71
9 28.57 28.57 28.57
10 28.43 28.43 28.43
EOD
$c27_1 << EOD
1 46.118 46.118 46.118
2 33.792 33.792 33.792
3 32.024 32.024 32.024
4 31.092 31.092 31.092
5 30.362 30.362 30.362
6 30.136 30.136 30.136
7 29.696 29.696 29.696
8 29.438 29.438 29.438
9 28.956 28.956 28.956
10 28.718 28.718 28.718
EOD
$c28_0 << EOD
1 32.34 32.34 32.34
2 30.51 30.51 30.51
3 30.54 30.54 30.54
4 30.94 30.94 30.94
5 78.29 78.29 78.29
6 90.03 90.03 90.03
7 90.03 90.03 90.03
8 90.07 90.07 90.07
EOD
$c28_1 << EOD
1 38.808 38.808 38.808
2 31.988 31.988 31.988
3 31.768 31.768 31.768
4 33.644 33.644 33.644
5 42.414 42.414 42.414
6 75.866 75.866 75.866
7 85.238 85.238 85.238
8 88.576 88.576 88.576
EOD
$c29_0 << EOD
1 22.78 22.78 22.78
2 19.07 19.07 19.07
3 16.5 16.5 16.5
4 15.71 15.71 15.71
5 14.39 14.39 14.39
6 14.81 14.81 14.81
7 14.21 14.21 14.21
8 13.09 13.09 13.09
9 12.62 12.62 12.62
10 12.74 12.74 12.74
EOD
$c29_1 << EOD
1 30.398 30.398 30.398
2 19.822 19.822 19.822
3 17.752 17.752 17.752
4 16.544 16.544 16.544
5 15.676 15.676 15.676
6 14.466 14.466 14.466
7 13.53 13.53 13.53
8 13.144 13.144 13.144
9 12.708 12.708 12.708
10 12.128 12.128 12.128
EOD
$c30_0 << EOD
1 19.78 19.78 19.78
2 17.37 17.37 17.37
3 15.04 15.04 15.04
4 14.47 14.47 14.47
5 13.5 13.5 13.5
6 13.94 13.94 13.94
7 13.08 13.08 13.08
8 12.18 12.18 12.18
9 11.8 11.8 11.8
10 11.74 11.74 11.74
EOD
$c30_1 << EOD
1 30.46 30.46 30.46
2 18.538 18.538 18.538
3 15.86 15.86 15.86
4 14.236 14.236 14.236
5 13.862 13.862 13.862
6 13.316 13.316 13.316
7 12.43 12.43 12.43
8 11.856 11.856 11.856
9 11.178 11.178 11.178
10 10.708 10.708 10.708
EOD
$c31_0 << EOD
1 19.8 19.8 19.8
2 15.85 15.85 15.85
3 15.17 15.17 15.17
4 14.45 14.45 14.45
5 13.61 13.61 13.61
6 13.89 13.89 13.89
7 12.22 12.22 12.22
8 12.63 12.63 12.63
9 11.86 11.86 11.86
10 11.69 11.69 11.69
EOD
$c31_1 << EOD
1 27.212 27.212 27.212
2 17.484 17.484 17.484
3 15.87 15.87 15.87
4 13.994 13.994 13.994
5 13.264 13.264 13.264
6 13.164 13.164 13.164
7 12.072 12.072 12.072
8 11.4 11.4 11.4
9 10.816 10.816 10.816
10 10.214 10.214 10.214
EOD
$c32_0 << EOD
1 29.27 29.27 29.27
2 27.4 27.4 27.4
3 26.78 26.78 26.78
4 22.61 22.61 22.61
5 21.69 21.69 21.69
6 28.08 28.08 28.08
7 18.93 18.93 18.93
8 20.56 20.56 20.56
9 18.84 18.84 18.84
10 17.65 17.65 17.65
EOD
$c32_1 << EOD
1 40.23 40.23 40.23
2 30.8 30.8 30.8
3 26.592 26.592 26.592
4 24.052 24.052 24.052
5 22.87 22.87 22.87
6 23.268 23.268 23.268
7 20.084 20.084 20.084
8 19.672 19.672 19.672
9 18.744 18.744 18.744
10 17.316 17.316 17.316
EOD
$c33_0 << EOD
1 53.23 53.23 53.23
2 48.63 48.63 48.63
3 37 37 37
4 34.17 34.17 34.17
5 35.73 35.73 35.73
6 33.45 33.45 33.45
7 33.41 33.41 33.41
8 32.87 32.87 32.87
9 35.9 35.9 35.9
10 36.39 36.39 36.39
EOD
$c33_1 << EOD
1 31.278 31.278 31.278
2 24.428 24.428 24.428
3 21.83 21.83 21.83
4 19.436 19.436 19.436
5 18.694 18.694 18.694
6 18.11 18.11 18.11
7 17.234 17.234 17.234
8 16.726 16.726 16.726
9 16.05 16.05 16.05
10 15.554 15.554 15.554
EOD
$c34_0 << EOD
1 61.47 61.47 61.47
2 47.08 47.08 47.08
3 41.48 41.48 41.48
4 36.5 36.5 36.5
5 29.33 29.33 29.33
6 29.85 29.85 29.85
7 26.27 26.27 26.27
8 24.99 24.99 24.99
9 21.37 21.37 21.37
10 19.32 19.32 19.32
EOD
$c34_1 << EOD
1 35.854 35.854 35.854
2 28.718 28.718 28.718
3 23.598 23.598 23.598
4 21.504 21.504 21.504
5 20.136 20.136 20.136
6 18.924 18.924 18.924
7 17.064 17.064 17.064
8 16.032 16.032 16.032
9 15.166 15.166 15.166
10 14.542 14.542 14.542
EOD
$c35_0 << EOD
1 89.71 89.71 89.71
2 92.55 92.55 92.55
3 92.06 92.06 92.06
4 95.57 95.57 95.57
5 94.1 94.1 94.1
6 92.99 92.99 92.99
7 93.05 93.05 93.05
8 92.36 92.36 92.36
9 91.87 91.87 91.87
10 91.41 91.41 91.41
EOD
$c35_1 << EOD
1 75.07 75.07 75.07
2 87.67 87.67 87.67
3 84.814 84.814 84.814
4 84.05 84.05 84.05
5 85.272 85.272 85.272
6 86.456 86.456 86.456
7 86.154 86.154 86.154
8 86.494 86.494 86.494
9 87.05 87.05 87.05
10 87.548 87.548 87.548
EOD
set terminal svg size 1300,1260 dynamic font 'Helvetica,12'
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
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0262857 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_fashion\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.001', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.003', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.01', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'drtp\_lr0.03', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.001', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.003', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.01', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.0001', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.0001\_first\_block0.5', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.0003', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.0003\_first\_block0.5', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.001', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.001\_first\_block0.5', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.01', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.03', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'local\_head\_lr0.1', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'pepita\_lr0.0001', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'pepita\_lr0.0003', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_lr0.001', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'pepita\_lr0.001\_conv\_update\_official', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'pepita\_lr0.003\_conv\_update\_official', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'pepita\_lr0.01\_conv\_update\_official', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'sign\_symmetry\_lr0.01', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.0555556
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'sign\_symmetry\_lr0.03', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'sign\_symmetry\_lr0.1', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'sign\_symmetry\_lr0.3', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr0.1', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c34_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr0.3', \
     $c34_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c35_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr1', \
     $c35_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pngcairo size 1300,1260 font 'Helvetica,10'
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
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0262857 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_fashion\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.001', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.003', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.01', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'drtp\_lr0.03', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.001', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.003', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.01', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.0001', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.0001\_first\_block0.5', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.0003', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.0003\_first\_block0.5', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.001', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.001\_first\_block0.5', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.01', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.03', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'local\_head\_lr0.1', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'pepita\_lr0.0001', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'pepita\_lr0.0003', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_lr0.001', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'pepita\_lr0.001\_conv\_update\_official', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'pepita\_lr0.003\_conv\_update\_official', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'pepita\_lr0.01\_conv\_update\_official', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'sign\_symmetry\_lr0.01', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.0555556
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'sign\_symmetry\_lr0.03', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'sign\_symmetry\_lr0.1', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'sign\_symmetry\_lr0.3', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr0.1', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c34_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr0.3', \
     $c34_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c35_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr1', \
     $c35_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pdfcairo size 7in,7in font 'Helvetica,6' linewidth 0.6
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
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set multiplot title 'samenet\_lenet\_fashion\_mnist\_lr: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.001', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.003', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.01', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'drtp\_lr0.03', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.001', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.003', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.01', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.0001', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.0001\_first\_block0.5', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.0003', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.0003\_first\_block0.5', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.001', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.001\_first\_block0.5', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.01', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.03', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'local\_head\_lr0.1', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'pepita\_lr0.0001', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'pepita\_lr0.0003', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_lr0.001', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'pepita\_lr0.001\_conv\_update\_official', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'pepita\_lr0.003\_conv\_update\_official', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'pepita\_lr0.01\_conv\_update\_official', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'sign\_symmetry\_lr0.01', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.0555556
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'sign\_symmetry\_lr0.03', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'sign\_symmetry\_lr0.1', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'sign\_symmetry\_lr0.3', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr0.1', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c34_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr0.3', \
     $c34_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c35_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr1', \
     $c35_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
